package dev.briefbot.subscription;

/**
 * The transport found the chat gone (the bot blocked, kicked or removed, the chat not found): its subscriptions end,
 * and nothing more is sent there. Published by the transport, heard by {@link Membership}.
 */
public record ChatGone(long chatId, String reason) {
}
