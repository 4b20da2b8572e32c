package dev.briefbot.telegram.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class PollingHealthTest {

    private static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final MovingClock clock = new MovingClock();
    private final PollingHealth health = new PollingHealth(STALE_AFTER, clock);

    @Test
    void shouldBeDownBeforeTelegramFirstAnswered() {
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void shouldBeUpWhileTelegramAnsweredWithinStaleAfter() {
        health.answered();
        clock.advance(STALE_AFTER);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void shouldGoDownWhenTelegramStopsAnsweringAndUpWhenItAnswersAgain() {
        health.answered();
        clock.advance(STALE_AFTER.plusSeconds(1));

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsKeys("lastAnswered", "staleAfter");

        health.answered();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2024-01-28T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
