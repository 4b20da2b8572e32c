package dev.briefbot.telegram.intake;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line and the metrics for every update, however it came (polled or posted to the webhook): its id, type,
 * chat type, what it asked, how it ended, and the time from its arrival. Never its text nor who sent it: a log is
 * kept, and users did not ask to be quoted in it. Meters are named in Micrometer's style (Prometheus shows
 * {@code briefbot.updates.received} as {@code briefbot_updates_received_total}).
 */
public final class UpdateReport {

    static final String UPDATES_RECEIVED = "briefbot.updates.received";
    static final String UPDATES_HANDLED = "briefbot.updates.handled";
    static final String COMMANDS = "briefbot.commands";
    static final String ANSWER_LATENCY = "briefbot.answer.latency";

    private static final Logger log = LoggerFactory.getLogger(UpdateReport.class);

    private final MeterRegistry registry;

    /** An update as it arrived, as far as the report may know it: each field from a small fixed set but the id. */
    record Arrival(int updateId, String type, String chatType, String action, boolean isRequest, long nanoTime) {
    }

    public UpdateReport(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The update has arrived: counted by type, and timed from now. */
    Arrival received(TelegramUpdate update) {
        Arrival arrival = new Arrival(update.updateId(), update.type(), update.chatType(), update.action(),
                update.isRequest(), System.nanoTime());
        Counter.builder(UPDATES_RECEIVED).description("Updates received from Telegram, by type")
                .tag("type", arrival.type()).register(registry).increment();
        return arrival;
    }

    /** The update's end: its outcome; for a request acted on, its command; for an answer, the time since arrival. */
    void handled(Arrival arrival, UpdateOutcome outcome) {
        Duration latency = Duration.ofNanos(System.nanoTime() - arrival.nanoTime());
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
                    .register(registry).record(latency);
        }
        log.info("update={} type={} chat={} action={} outcome={} latency_ms={}", arrival.updateId(), arrival.type(),
                arrival.chatType(), arrival.action(), outcome.tag(), latency.toMillis());
    }
}
