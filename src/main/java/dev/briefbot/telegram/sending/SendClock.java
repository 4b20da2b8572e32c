package dev.briefbot.telegram.sending;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;

/** Telegram time for the sender: what the rate limits count in and what waits are measured in. */
public interface SendClock {

    long nanos();

    void sleep(Duration telegramTime) throws InterruptedException;

    /** This clock as Bucket4j reads time, so buckets refill in Telegram time too. */
    default TimeMeter meter() {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** The real clock running {@code timeScale} times faster: 100 makes a Telegram minute last 0.6 s. */
    public static SendClock scaled(double timeScale) {
        long origin = System.nanoTime();
        return new SendClock() {
            @Override
            public long nanos() {
                return (long) ((System.nanoTime() - origin) * timeScale);
            }

            @Override
            public void sleep(Duration telegramTime) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep((long) (telegramTime.toNanos() / timeScale));
            }
        };
    }
}
