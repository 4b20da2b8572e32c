package dev.briefbot.telegram.sending;

import java.time.Duration;

/** Telegram time that passes only by sleeping: waits are exact and cost nothing. */
public final class WaitingClock implements SendClock {

    private long now;

    @Override
    public synchronized long nanos() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration telegramTime) {
        now += telegramTime.toNanos();
    }

    public synchronized Duration elapsed() {
        return Duration.ofNanos(now);
    }
}
