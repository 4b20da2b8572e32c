package dev.briefbot.telegram.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SendWindowTest {

    private static final Duration WINDOW = Duration.ofMillis(1_040);

    private final WaitingClock clock = new WaitingClock();
    private final SendWindow window = new SendWindow(30, WINDOW, clock);

    @Test
    void shouldHoldBackACatchUpThatWouldPutAThirtyFirstSendInOneWindow() throws InterruptedException {
        for (int send = 0; send < 30; send++) {
            window.awaitRoom();
        }
        assertThat(clock.elapsed()).as("thirty sends leave at once").isZero();

        window.awaitRoom();

        assertThat(clock.elapsed()).as("the thirty-first waits for the first to leave the window").isEqualTo(WINDOW);
    }

    @Test
    void shouldNeverDelayTheBucketsSteadyPace() throws InterruptedException {
        Duration pace = Duration.ofNanos(1_000_000_000L * 3 / 86);
        for (int send = 0; send < 300; send++) {
            window.awaitRoom();
            clock.sleep(pace);
        }

        assertThat(clock.elapsed()).isEqualTo(pace.multipliedBy(300));
    }
}
