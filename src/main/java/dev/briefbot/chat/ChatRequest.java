package dev.briefbot.chat;

import java.util.Objects;

/**
 * One incoming message, as any transport sees it.
 *
 * @param chatId         the chat's id: Telegram ids need 52 bits, hence {@code long}
 * @param chatType       private chat, group, supergroup or channel
 * @param senderId       the user who wrote it
 * @param text           the text as written; {@code null} (a photo, a sticker) becomes empty
 * @param addressedToBot a mention of the bot or a reply to one of its messages, as the transport saw it
 */
public record ChatRequest(long chatId, ChatType chatType, long senderId, String text, boolean addressedToBot) {

    public ChatRequest {
        Objects.requireNonNull(chatType, "chatType");
        text = text == null ? "" : text;
    }

    /** A message in a private chat, where the chat is the sender: what the console sends. */
    public static ChatRequest privateChat(long userId, String text) {
        return new ChatRequest(userId, ChatType.PRIVATE, userId, text, false);
    }

    public boolean isPrivate() {
        return chatType == ChatType.PRIVATE;
    }
}
