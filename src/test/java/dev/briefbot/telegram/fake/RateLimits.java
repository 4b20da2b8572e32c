package dev.briefbot.telegram.fake;

/**
 * Telegram's send limits: messages per second overall, per chat (a token bucket: a burst of {@code chatBurst}, then
 * {@code chatPerSecond}) and per group per minute; the overall and group limits are sliding windows.
 * {@code timeScale} speeds the clock up (100 makes a Telegram minute last 0.6 s); {@code retry_after} stays in
 * Telegram seconds, so a sender under a scaled load test should scale its wait by the same factor.
 */
public record RateLimits(int globalPerSecond, int chatPerSecond, int chatBurst, int groupPerMinute,
        double timeScale) {

    public static RateLimits telegram() {
        return new RateLimits(30, 1, 3, 20, 1);
    }

    public RateLimits timeScale(double factor) {
        return new RateLimits(globalPerSecond, chatPerSecond, chatBurst, groupPerMinute, factor);
    }

    public RateLimits globalPerSecond(int messages) {
        return new RateLimits(messages, chatPerSecond, chatBurst, groupPerMinute, timeScale);
    }

    public RateLimits perChat(int perSecond, int burst) {
        return new RateLimits(globalPerSecond, perSecond, burst, groupPerMinute, timeScale);
    }

    public RateLimits groupPerMinute(int messages) {
        return new RateLimits(globalPerSecond, chatPerSecond, chatBurst, messages, timeScale);
    }
}
