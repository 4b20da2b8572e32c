package dev.briefbot.console;

/** The bot as the console talks to it: a line typed by the one console user in, the plain-text reply out. */
interface Conversation {

    /** The reply in plain text; empty when the bot has nothing to say to that line. */
    String reply(String text);
}
