package dev.briefbot.monitoring;

import java.time.Duration;
import java.util.function.LongSupplier;

import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.subscription.SubscriptionStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions, and notifications still to send, as gauges. Each is a COUNT over a table that only grows, so it is
 * read at most once per {@link #FRESH_FOR}, however often the gauges are scraped.
 */
final class StoreGauges implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    // fields, not locals: a registry holds a gauge's object weakly, and a collected one reads as NaN
    private final RecentCount subscriptions;
    private final RecentCount backlog;

    StoreGauges(SubscriptionStore subscriptions, OutboxStore outbox) {
        this.subscriptions = new RecentCount("subscriptions", subscriptions::count);
        this.backlog = new RecentCount("outbox backlog", outbox::backlog);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("briefbot.subscriptions", subscriptions, RecentCount::value)
                .description("Subscriptions of all chats").register(registry);
        Gauge.builder("briefbot.outbox.backlog", backlog, RecentCount::value)
                .description("Notifications of new briefs not yet sent").register(registry);
    }

    /** A count read again only once it is older than {@link #FRESH_FOR}; NaN while the database cannot say. */
    static final class RecentCount {

        private static final Logger log = LoggerFactory.getLogger(StoreGauges.class);

        private final String what;
        private final LongSupplier count;
        private double value = Double.NaN;
        private long readAt;
        private boolean read;

        RecentCount(String what, LongSupplier count) {
            this.what = what;
            this.count = count;
        }

        synchronized double value() {
            long now = System.nanoTime();
            if (!read || now - readAt >= FRESH_FOR.toNanos()) {
                value = current();
                readAt = now;
                read = true;
            }
            return value;
        }

        private double current() {
            try {
                return count.getAsLong();
            } catch (RuntimeException unreachable) {
                // the db health indicator tells the operator; the gauge just has no value
                log.debug("The {} could not be counted: {}", what, unreachable.getClass().getSimpleName());
                return Double.NaN;
            }
        }
    }
}
