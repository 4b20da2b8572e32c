package dev.briefbot.telegram.sending;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code max} sends leave in any {@code window}, counted as they leave. The bot's bucket books each lane a
 * slot in turn; lanes that wake late after a pause would all leave at once to catch up, and Telegram counts them as
 * they arrive. This keeps such a catch-up from ever filling a window.
 */
final class SendWindow {

    private final int max;
    private final long windowNanos;
    private final SendClock clock;
    private final Deque<Long> departures = new ArrayDeque<>();

    SendWindow(int max, Duration window, SendClock clock) {
        this.max = max;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    /** Waits until one more send fits in the window, and counts it. */
    void awaitRoom() throws InterruptedException {
        long wait;
        while ((wait = leaveOrWait()) > 0) {
            clock.sleep(Duration.ofNanos(wait));
        }
    }

    private synchronized long leaveOrWait() {
        long now = clock.nanos();
        while (!departures.isEmpty() && departures.peekFirst() <= now - windowNanos) {
            departures.pollFirst();
        }
        if (departures.size() < max) {
            departures.addLast(now);
            return 0;
        }
        return departures.peekFirst() + windowNanos - now;
    }
}
