package dev.briefbot.telegram;

/** A group became a supergroup with a new chat id: whatever was bound to the old id moves to the new one. */
public record ChatMigrated(long fromChatId, long toChatId) {
}
