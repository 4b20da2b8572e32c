package dev.briefbot.telegram;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * The bot's meters, named in Micrometer's style (Prometheus shows {@code briefbot.updates.received} as
 * {@code briefbot_updates_received_total}). Every tag comes from a small fixed set: update types, command names,
 * outcomes, Bot API methods, failure reasons; never a chat, a user or a text.
 */
final class TelegramMetrics {

    static final String UPDATES_RECEIVED = "briefbot.updates.received";
    static final String UPDATES_HANDLED = "briefbot.updates.handled";
    static final String COMMANDS = "briefbot.commands";
    static final String ANSWER_LATENCY = "briefbot.answer.latency";
    static final String MESSAGES_SENT = "briefbot.messages.sent";
    static final String RATE_LIMITED = "briefbot.telegram.rate.limited";
    static final String SEND_FAILURES = "briefbot.send.failures";

    private final MeterRegistry registry;
    private final Counter rateLimited;

    TelegramMetrics(MeterRegistry registry) {
        this.registry = registry;
        // registered at once, so a dashboard shows 0 rather than no data before the first 429
        this.rateLimited = Counter.builder(RATE_LIMITED).description("429 Too Many Requests answers from Telegram")
                .register(registry);
    }

    /** Meters that nobody reads: for a sender or lanes built without a registry. */
    static TelegramMetrics discarded() {
        return new TelegramMetrics(new CompositeMeterRegistry());
    }

    void received(String type) {
        Counter.builder(UPDATES_RECEIVED).description("Updates received from Telegram, by type").tag("type", type)
                .register(registry).increment();
    }

    /** The update's end: its outcome; for a request acted on, its command; for an answer, the time since arrival. */
    void handled(UpdateReport.Arrival arrival, UpdateOutcome outcome, Duration sinceArrival) {
        Counter.builder(UPDATES_HANDLED).description("Updates handled, by type and outcome")
                .tag("type", arrival.type()).tag("outcome", outcome.tag()).register(registry).increment();
        if (arrival.isRequest() && outcome != UpdateOutcome.IGNORED && outcome != UpdateOutcome.DROPPED) {
            Counter.builder(COMMANDS).description("Commands, questions and button presses acted on, by command")
                    .tag("command", arrival.action()).register(registry).increment();
        }
        if (outcome == UpdateOutcome.ANSWERED) {
            Timer.builder(ANSWER_LATENCY).description("From an update's arrival to its answer sent")
                    .tag("command", arrival.action())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(5))
                    .maximumExpectedValue(Duration.ofMinutes(1))
                    .register(registry).record(sinceArrival);
        }
    }

    /** A message Telegram took: sent, or edited in place. */
    void sent(String method) {
        Counter.builder(MESSAGES_SENT).description("Messages Telegram took (sent or edited), by Bot API method")
                .tag("method", method.toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    /** One failed try of a call; a 429 is counted on its own ({@link #RATE_LIMITED}). */
    void failed(TelegramFailure failure) {
        switch (failure.kind()) {
            case TOO_MANY_REQUESTS -> rateLimited.increment();
            case TRANSIENT -> sendFailure(failure.errorCode() > 0 ? "server_error" : "network");
            case CHAT_GONE -> sendFailure("chat_gone");
            case MIGRATED -> sendFailure("migrated");
            case CANNOT_PARSE -> sendFailure("bad_markup");
            case REJECTED -> sendFailure("refused");
            case NOT_MODIFIED -> {
                // the edit was already in place: nothing failed
            }
        }
    }

    /** Every try of a call failed: the message is not delivered (the outbox tries again later). */
    void gaveUp() {
        sendFailure("gave_up");
    }

    private void sendFailure(String reason) {
        Counter.builder(SEND_FAILURES).description("Failed Bot API calls, by reason; gave_up when tries ran out")
                .tag("reason", reason).register(registry).increment();
    }
}
