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
 * @param thread         the forum topic the message is in, or 0 outside forum topics
 * @param repliesTo      the id of the bot's message this one replies to, or 0 when it replies to none of the bot's
 */
public record ChatRequest(long chatId, ChatType chatType, long senderId, String text, boolean addressedToBot,
                          long thread, long repliesTo) {

    public ChatRequest {
        Objects.requireNonNull(chatType, "chatType");
        text = text == null ? "" : text;
    }

    /** A message outside forum topics that replies to none of the bot's messages. */
    public ChatRequest(long chatId, ChatType chatType, long senderId, String text, boolean addressedToBot) {
        this(chatId, chatType, senderId, text, addressedToBot, 0, 0);
    }

    /** The same message, replying to the bot's message {@code messageId}. */
    public ChatRequest replyingTo(long messageId) {
        return new ChatRequest(chatId, chatType, senderId, text, addressedToBot, thread, messageId);
    }

    /** The same message, in forum topic {@code topic}. */
    public ChatRequest inThread(long topic) {
        return new ChatRequest(chatId, chatType, senderId, text, addressedToBot, topic, repliesTo);
    }

    /** A message in a private chat, where the chat is the sender: what the console sends. */
    public static ChatRequest privateChat(long userId, String text) {
        return new ChatRequest(userId, ChatType.PRIVATE, userId, text, false);
    }

    public boolean isPrivate() {
        return chatType == ChatType.PRIVATE;
    }
}
