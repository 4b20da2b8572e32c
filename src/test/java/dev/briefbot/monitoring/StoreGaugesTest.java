package dev.briefbot.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class StoreGaugesTest {

    @Test
    void shouldCountOnceHoweverOftenTheGaugeIsReadWhileFresh() {
        AtomicInteger counted = new AtomicInteger();
        StoreGauges.RecentCount backlog = new StoreGauges.RecentCount("backlog", () -> 40L + counted.incrementAndGet());

        assertThat(backlog.value()).isEqualTo(41.0);
        assertThat(backlog.value()).isEqualTo(41.0);
        assertThat(counted).hasValue(1);
    }

    @Test
    void shouldHaveNoValueWhileTheDatabaseCannotCount() {
        StoreGauges.RecentCount backlog = new StoreGauges.RecentCount("backlog", () -> {
            throw new IllegalStateException("database unreachable");
        });

        assertThat(backlog.value()).isNaN();
    }
}
