package dev.briefbot.telegram.sending;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The sender's meters, named in Micrometer's style (Prometheus shows {@code briefbot.messages.sent} as
 * {@code briefbot_messages_sent_total}). Every tag comes from a small fixed set: Bot API methods and failure reasons;
 * never a chat, a user or a text.
 */
public final class SendMetrics {

    static final String MESSAGES_SENT = "briefbot.messages.sent";
    static final String RATE_LIMITED = "briefbot.telegram.rate.limited";
    static final String SEND_FAILURES = "briefbot.send.failures";

    private final MeterRegistry registry;
    private final Counter rateLimited;

    public SendMetrics(MeterRegistry registry) {
        this.registry = registry;
        // registered at once, so a dashboard shows 0 rather than no data before the first 429
        this.rateLimited = Counter.builder(RATE_LIMITED).description("429 Too Many Requests answers from Telegram")
                .register(registry);
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
