package dev.briefbot.telegram.conversation;

import dev.briefbot.chat.ChatRequest;
import dev.briefbot.telegram.intake.TelegramUpdate;

/**
 * The one place a Telegram update becomes the chat layer's {@link ChatRequest}: a field the request gains (a forum
 * topic, the message replied to, an edit) is read from the {@link TelegramUpdate} here, and nowhere else.
 */
final class ChatRequests {

    private ChatRequests() {
    }

    /** A text message: who asks is who may change the chat's subscriptions (an anonymous admin is the group). */
    static ChatRequest of(TelegramUpdate.Message message) {
        return of(message, message.text());
    }

    /** A text message, read as if it asked {@code text}: a deep link's {@code /start payload} as its question. */
    static ChatRequest of(TelegramUpdate.Message message, String text) {
        return new ChatRequest(message.chatId(), TelegramUpdate.chatKind(message.chatType()), message.askerId(), text,
                message.addressedToBot(), thread(message.threadId()), message.repliesTo());
    }

    /** A button pressed under one of the bot's messages, asking {@code text}: always addressed to the bot. */
    static ChatRequest of(TelegramUpdate.ButtonPress press, TelegramUpdate.ButtonPress.Pressed under, String text) {
        return new ChatRequest(under.chatId(), TelegramUpdate.chatKind(under.chatType()), press.presserId(), text,
                true, thread(under.threadId()), 0);
    }

    private static long thread(Integer threadId) {
        return threadId == null ? 0 : threadId;
    }
}
