package dev.briefbot.telegram.conversation;

import java.util.List;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.subscription.NotificationChannel;
import dev.briefbot.telegram.sending.BotApi;
import org.springframework.context.SmartLifecycle;

/**
 * The subscriptions' way out to Telegram: a notice is rendered as every answer is (Telegram HTML, at most 4096
 * characters a message), its follow-ups become the same buttons an answer carries (64 bytes of callback data each),
 * and it goes through the one sender, at Telegram's limits.
 * <p>
 * Open from when the intake has started until the outbox has stopped: the outbox's delivery depends on the channel
 * and the channel on the intake, so Spring starts them in that order and stops them in the reverse one, together.
 */
public final class TelegramNotificationChannel implements NotificationChannel, SmartLifecycle {

    /** What an operator reads of a refusal at most: a loader message names paths and may be long. */
    private static final int LONGEST_TOLD = 3500;

    private final TelegramHtmlRenderer renderer;
    private final BotApi sender;
    private volatile boolean open;

    public TelegramNotificationChannel(TelegramHtmlRenderer renderer, BotApi sender) {
        this.renderer = renderer;
        this.sender = sender;
    }

    @Override
    public List<String> messages(Answer notice) {
        return renderer.render(notice);
    }

    @Override
    public boolean fitsAButton(String command) {
        return SuggestionButtons.command(command).isPresent();
    }

    @Override
    public Delivery send(long chatId, String message, List<Answer.Suggestion> buttons) {
        BotApi.Outcome outcome = sender.send(Reply.into(chatId).message(message, true, SuggestionButtons.of(buttons)))
                .outcome();
        return switch (outcome) {
            case DELIVERED -> Delivery.DELIVERED;
            case DELIVERED_AFTER_MIGRATION -> Delivery.DELIVERED_AFTER_MIGRATION;
            case CHAT_GONE -> Delivery.CHAT_GONE;
            case GAVE_UP -> Delivery.GAVE_UP;
            case REFUSED -> Delivery.REFUSED;
            case STOPPED -> Delivery.STOPPED;
        };
    }

    @Override
    public void tell(long chatId, String text) {
        String shown = text.length() > LONGEST_TOLD ? text.substring(0, LONGEST_TOLD) + "…" : text;
        sender.execute(Reply.into(chatId).message(html(shown), true, null));
    }

    /** Plain text as Telegram HTML: only what its parser would read as markup is escaped. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void start() {
        open = true;
    }

    @Override
    public void stop() {
        open = false;
    }

    @Override
    public boolean isRunning() {
        return open;
    }
}
