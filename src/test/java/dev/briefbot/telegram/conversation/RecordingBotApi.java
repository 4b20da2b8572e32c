package dev.briefbot.telegram.conversation;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.briefbot.telegram.sending.BotApi;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The Bot API as a list of the calls made: each is taken, a sent message gets the next message id. */
final class RecordingBotApi implements BotApi {

    private final List<Object> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger(100);

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Serializable> Sent<T> send(BotApiMethod<T> method) {
        calls.add(method);
        if (method instanceof SendMessage) {
            Message sent = new Message();
            sent.setMessageId(messageIds.incrementAndGet());
            return new Sent<>(Outcome.DELIVERED, Optional.of((T) sent));
        }
        return Sent.not(Outcome.DELIVERED);
    }

    @Override
    public <T extends Serializable> Optional<T> once(BotApiMethod<T> method, Duration wait) {
        calls.add(method);
        return Optional.empty();
    }

    @Override
    public Sent<Message> sendDocument(DocumentFile document) {
        calls.add(document.method());
        return Sent.not(Outcome.DELIVERED);
    }

    @Override
    public Download download(String filePath, long mostBytes) {
        return new Download.Failed();
    }

    List<SendMessage> messagesTo(long chatId) {
        return calls.stream().filter(SendMessage.class::isInstance).map(SendMessage.class::cast)
                .filter(message -> message.getChatId().equals(String.valueOf(chatId))).toList();
    }

    List<EditMessageText> edits() {
        return calls.stream().filter(EditMessageText.class::isInstance).map(EditMessageText.class::cast).toList();
    }

    /** The notices of the button presses answered, in order; null where the press simply worked. */
    List<String> notices() {
        return calls.stream().filter(AnswerCallbackQuery.class::isInstance).map(AnswerCallbackQuery.class::cast)
                .map(AnswerCallbackQuery::getText).toList();
    }
}
