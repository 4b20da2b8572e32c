package dev.briefbot.telegram.sending;

import java.time.Duration;

import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How fast and how persistently the sender sends: Telegram's three limits (overall per second, per chat per second
 * with a short burst, per group per minute), how often a failed call is tried, the first back-off after a server or
 * network error (doubling after), and {@code timeScale}, how much faster than real time the clock runs (1 in
 * production; tests against the fake Bot API speed it up, and every wait, {@code retry_after} included, shrinks).
 * The limits are Telegram's figures; {@link SendRateLimiter} decides how to stay within them.
 */
public record SendLimits(int globalPerSecond, int chatPerSecond, int chatBurst, int groupPerMinute, int maxTries,
        Duration firstBackoff, double timeScale) {

    public SendLimits {
        if (globalPerSecond < 1 || chatPerSecond < 1 || chatBurst < 1 || groupPerMinute < 1 || maxTries < 1) {
            throw new IllegalArgumentException("send limits and tries must be positive");
        }
        if (firstBackoff.isNegative() || timeScale <= 0) {
            throw new IllegalArgumentException("back-off must not be negative, time scale must be positive");
        }
    }

    /** Telegram's documented limits; five tries, backing off from half a second. */
    public static SendLimits telegram() {
        return new SendLimits(30, 1, 3, 20, 5, Duration.ofMillis(500), 1);
    }

    public SendLimits globalPerSecond(int messages) {
        return new SendLimits(messages, chatPerSecond, chatBurst, groupPerMinute, maxTries, firstBackoff, timeScale);
    }

    public SendLimits perChat(int perSecond, int burst) {
        return new SendLimits(globalPerSecond, perSecond, burst, groupPerMinute, maxTries, firstBackoff, timeScale);
    }

    public SendLimits groupPerMinute(int messages) {
        return new SendLimits(globalPerSecond, chatPerSecond, chatBurst, messages, maxTries, firstBackoff, timeScale);
    }

    public SendLimits tries(int count, Duration backoff) {
        return new SendLimits(globalPerSecond, chatPerSecond, chatBurst, groupPerMinute, count, backoff, timeScale);
    }

    public SendLimits timeScale(double factor) {
        return new SendLimits(globalPerSecond, chatPerSecond, chatBurst, groupPerMinute, maxTries, firstBackoff, factor);
    }

    /** The waits before the second, third, … try after a server or network error: base, 2×base, 4×base, … */
    ExponentialBackOff backOff() {
        ExponentialBackOff doubling = new ExponentialBackOff(firstBackoff.toMillis(), 2);
        // max-tries bounds the waits, not a ceiling on each
        doubling.setMaxInterval(Long.MAX_VALUE);
        return doubling;
    }
}
