package dev.briefbot.telegram;

/** Telegram said the chat is gone (blocked, kicked, not found): nothing more is sent there. */
public record ChatGone(long chatId, String reason) {
}
