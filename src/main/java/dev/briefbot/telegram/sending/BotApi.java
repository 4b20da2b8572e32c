package dev.briefbot.telegram.sending;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The Bot API as the bot's conversation calls it: through {@link TelegramSender} in production, through a recording
 * stand-in in unit tests. Limits, retries and the meaning of Telegram's errors are the implementation's business.
 */
public interface BotApi {

    /** What became of a call: a caller that must act on the difference (the outbox) asks {@link #send}. */
    enum Outcome {
        /** Telegram took it (or, for an edit, it was already in place; or it answered in a form we cannot read). */
        DELIVERED,
        /** The group had become a supergroup: published as a chat migration, then delivered there. */
        DELIVERED_AFTER_MIGRATION,
        /** The chat is gone: published as such; nothing more should be sent there. */
        CHAT_GONE,
        /** A server or network error, or 429s, outlasted every try: worth trying again later. */
        GAVE_UP,
        /** Telegram refused the call itself: the same call would be refused again. */
        REFUSED,
        /** The sender's thread was interrupted: the call may or may not have reached Telegram. */
        STOPPED
    }

    /** A call's outcome, and Telegram's answer if it was delivered. */
    record Sent<T>(Outcome outcome, Optional<T> result) {

        public static <T> Sent<T> not(Outcome outcome) {
            return new Sent<>(outcome, Optional.empty());
        }

        /** Whether it reached the chat, even when Telegram's answer could not be read. */
        public boolean delivered() {
            return outcome == Outcome.DELIVERED || outcome == Outcome.DELIVERED_AFTER_MIGRATION;
        }
    }

    /** A file for {@link #sendDocument}: made into a new {@code sendDocument} call for each try. */
    record DocumentFile(long chatId, Integer threadId, String fileName, byte[] content) {

        public SendDocument method() {
            SendDocument.SendDocumentBuilder<?, ?> document = SendDocument.builder().chatId(chatId)
                    .document(new InputFile(new ByteArrayInputStream(content), fileName));
            if (threadId != null) {
                document.messageThreadId(threadId);
            }
            return document.build();
        }
    }

    /** What a download brought: the file, or why not. */
    sealed interface Download {

        record Downloaded(byte[] content) implements Download {
        }

        /** More bytes than were allowed: declared so, or more came. */
        record TooLarge() implements Download {
        }

        /** The server refused, failed or did not answer in time: logged, without its URL. */
        record Failed() implements Download {
        }
    }

    /** Executes the call, telling also why it was not delivered. */
    <T extends Serializable> Sent<T> send(BotApiMethod<T> method);

    /**
     * One try, waited for at most {@code wait}, for a call that must not hold up a stop or someone waiting: no retry,
     * no rate limit. Empty when it failed, which is logged.
     */
    <T extends Serializable> Optional<T> once(BotApiMethod<T> method, Duration wait);

    /** {@code sendDocument}: the file posted in the chat, at the chat's limits, tried again as {@link #send} does. */
    Sent<Message> sendDocument(DocumentFile document);

    /**
     * The file Telegram keeps at {@code filePath} (from {@code getFile}), if it is at most {@code mostBytes}: checked
     * by the length the server declares and again as the bytes come. Its address holds the token, and is never logged.
     */
    Download download(String filePath, long mostBytes);

    /**
     * Executes the call; empty when it could not be delivered (the chat is gone, or retries ran out), and for an edit
     * that changed nothing or an answer that could not be read, which are not failures.
     */
    default <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
        return send(method).result();
    }
}
