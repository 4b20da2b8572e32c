package dev.briefbot.subscription;

import java.util.List;

import dev.briefbot.answer.Answer;

/**
 * Where notifications go out: a chat transport (Telegram) implements it. The subscriptions decide what to send and
 * when; the channel decides how it looks there, and carries it. Its format and its limits stay on its side: a notice
 * is built as an {@link Answer}, and the channel says whether it fits one message and which follow-ups fit a button.
 */
public interface NotificationChannel {

    /** What became of one notification, as far as the outbox must act on it. */
    enum Delivery {
        /** The chat has it (or the transport took it, answering in a form it could not read). */
        DELIVERED,
        /** The chat had moved (a group become a supergroup): delivered there, and {@link ChatMigrated} published. */
        DELIVERED_AFTER_MIGRATION,
        /** The chat is gone: {@link ChatGone} published; nothing more should be sent there. */
        CHAT_GONE,
        /** The transport kept failing: worth trying again later. */
        GAVE_UP,
        /** Refused for what it is: the same message would be refused again. */
        REFUSED,
        /** The sender was stopped: it may or may not have reached the chat. */
        STOPPED
    }

    /** The notice in the channel's format, as the messages it would take (a notification is sent as the first). */
    List<String> messages(Answer notice);

    /** Whether a follow-up command can be shown as a button under a message. */
    boolean fitsAButton(String command);

    /** Sends one notification, as {@link #messages} made it, with its follow-ups as buttons. */
    Delivery send(long chatId, String message, List<Answer.Suggestion> buttons);

    /** Tells one person something in plain text, at once and outside the outbox: an operator why seeds were refused. */
    void tell(long chatId, String text);
}
