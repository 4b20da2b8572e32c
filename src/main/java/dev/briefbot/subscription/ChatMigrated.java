package dev.briefbot.subscription;

/**
 * A group became a supergroup under a new chat id: its subscriptions and pending notifications move to the new one.
 * Published by the transport, heard by {@link Membership}.
 */
public record ChatMigrated(long fromChatId, long toChatId) {
}
