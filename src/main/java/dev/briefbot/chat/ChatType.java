package dev.briefbot.chat;

/** Where a message was written: in a private chat everything is for the bot; elsewhere only what addresses it. */
public enum ChatType {
    PRIVATE, GROUP, SUPERGROUP, CHANNEL
}
