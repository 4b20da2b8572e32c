package dev.briefbot.subscription;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.TelegramHtmlRenderer;

/**
 * A channel that renders as Telegram's does (the chat layer's HTML renderer, 64-byte buttons without {@code @}) and
 * keeps what it was asked to send: the subscriptions' tests read their notices through it.
 */
final class HtmlChannel implements NotificationChannel {

    /** One message sent, or told. */
    record Sent(long chatId, String message, List<Answer.Suggestion> buttons) {
    }

    private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public List<String> messages(Answer notice) {
        return renderer.render(notice);
    }

    @Override
    public boolean fitsAButton(String command) {
        return command.getBytes(StandardCharsets.UTF_8).length <= 64 && command.indexOf('@') < 0;
    }

    @Override
    public Delivery send(long chatId, String message, List<Answer.Suggestion> buttons) {
        sent.add(new Sent(chatId, message, buttons));
        return Delivery.DELIVERED;
    }

    @Override
    public void tell(long chatId, String text) {
        sent.add(new Sent(chatId, text, List.of()));
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }
}
