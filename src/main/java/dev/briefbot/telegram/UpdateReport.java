package dev.briefbot.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import dev.briefbot.chat.Command;
import dev.briefbot.chat.CommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * One INFO line and the metrics for every update, however it came (polled or posted to the webhook): its id, type,
 * chat type, what it asked, how it ended, and the time from its arrival. Never its text nor who sent it: a log is
 * kept, and users did not ask to be quoted in it.
 */
final class UpdateReport {

    static final String QUESTION = "question";
    static final String UNKNOWN_COMMAND = "unknown";
    static final String RELOAD = "reload";
    static final String BUTTON = "button";
    static final String INLINE = "inline";
    static final String MEMBERSHIP = "membership";
    static final String OTHER = "other";

    private static final Logger log = LoggerFactory.getLogger(UpdateReport.class);
    private static final Set<String> NOT_ASKED = Set.of(INLINE, MEMBERSHIP, OTHER);

    private final TelegramMetrics metrics;

    /**
     * An update as it arrived, as far as the report may know it: each field from a small fixed set but the id.
     *
     * @param action what it asks for: a command's name, {@code question}, {@code button}, {@code inline} ...
     */
    record Arrival(int updateId, String type, String chatType, String action, long nanoTime) {

        /** A command, question or button press: what the commands metric counts once the bot acted on it. */
        boolean isRequest() {
            return !NOT_ASKED.contains(action);
        }
    }

    UpdateReport(TelegramMetrics metrics) {
        this.metrics = metrics;
    }

    /** A report to nobody but the log: for lanes built without metrics. */
    static UpdateReport unmetered() {
        return new UpdateReport(TelegramMetrics.discarded());
    }

    /** The update has arrived: counted by type, and timed from now. */
    Arrival received(Update update) {
        Arrival arrival = new Arrival(update.getUpdateId(), typeOf(update), chatTypeOf(update), actionOf(update),
                System.nanoTime());
        metrics.received(arrival.type());
        return arrival;
    }

    void handled(Arrival arrival, UpdateOutcome outcome) {
        Duration latency = Duration.ofNanos(System.nanoTime() - arrival.nanoTime());
        metrics.handled(arrival, outcome, latency);
        log.info("update={} type={} chat={} action={} outcome={} latency_ms={}", arrival.updateId(), arrival.type(),
                arrival.chatType(), arrival.action(), outcome.tag(), latency.toMillis());
    }

    /** The kinds polling asks for ({@link TelegramPolling#ALLOWED_UPDATES}); a webhook could be sent others. */
    static String typeOf(Update update) {
        if (update.hasMessage()) {
            return "message";
        }
        if (update.hasCallbackQuery()) {
            return "callback_query";
        }
        if (update.hasInlineQuery()) {
            return "inline_query";
        }
        if (update.hasMyChatMember()) {
            return "my_chat_member";
        }
        return OTHER;
    }

    /** private, group, supergroup or channel; {@code inline} for an inline query or a button under an inline answer. */
    static String chatTypeOf(Update update) {
        Chat chat = null;
        if (update.hasMessage()) {
            chat = update.getMessage().getChat();
        } else if (update.hasCallbackQuery()) {
            MaybeInaccessibleMessage pressed = update.getCallbackQuery().getMessage();
            chat = pressed == null ? null : pressed.getChat();
        } else if (update.hasMyChatMember()) {
            chat = update.getMyChatMember().getChat();
        }
        if (chat == null || chat.getType() == null) {
            return update.hasInlineQuery() || update.hasCallbackQuery() ? INLINE : "none";
        }
        return chat.getType().toLowerCase(Locale.ROOT);
    }

    static String actionOf(Update update) {
        if (update.hasMessage()) {
            Message message = update.getMessage();
            if (message.hasText()) {
                return actionOf(message.getText());
            }
            return message.getMigrateToChatId() != null ? MEMBERSHIP : OTHER;
        }
        if (update.hasCallbackQuery()) {
            return BUTTON;
        }
        if (update.hasInlineQuery()) {
            return INLINE;
        }
        return update.hasMyChatMember() ? MEMBERSHIP : OTHER;
    }

    /**
     * A command's name, {@code unknown} for a command the bot does not know (so a typed name never becomes a tag),
     * else {@code question}. A mention of the bot before the command is passed over, as the router does.
     */
    static String actionOf(String text) {
        String unmentioned = text.replaceFirst("^\\s*@\\w+", "");
        return CommandLine.parse(unmentioned)
                .map(line -> line.name().equals(RELOAD) ? RELOAD
                        : Command.named(line.name()).map(Command::commandName).orElse(UNKNOWN_COMMAND))
                .orElse(QUESTION);
    }
}
