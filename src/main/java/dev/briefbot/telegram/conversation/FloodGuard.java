package dev.briefbot.telegram.conversation;

import java.time.Duration;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.briefbot.telegram.sending.SendClock;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * How much one user may ask: {@code perMinute} requests a minute are answered; the next one gets a single polite
 * "slow down" saying when to ask again, and the rest are dropped silently until the minute is over. Each user has a
 * Bucket4j bucket refilled all at once every minute; a limit of 0 turns the guard off. A user idle for a minute has a
 * full bucket again, so is forgotten (Caffeine, on the same clock), and no more than {@link #USERS_KEPT} are kept.
 */
public final class FloodGuard {

    /** What becomes of one request. */
    enum Verdict { ANSWER, SLOW_DOWN, DROP }

    /**
     * The verdict, and how long until the user may ask again (zero unless told to slow down).
     *
     * @param askAgainIn time until the user's next minute starts
     */
    record Turn(Verdict verdict, Duration askAgainIn) {
    }

    // A bound on memory with any audience: the sender answers at most ~1,800 requests a minute, so idle users, who
    // are forgotten anyway, make up almost all of them.
    static final int USERS_KEPT = 50_000;

    private static final Turn ANSWER = new Turn(Verdict.ANSWER, Duration.ZERO);
    private static final Turn DROP = new Turn(Verdict.DROP, Duration.ZERO);

    private final int perMinute;
    private final TimeMeter meter;
    private final Cache<Long, Bucket> users;

    /** @param clock the time buckets refill in, and users are forgotten in: {@code SendClock.scaled(1)} for real */
    public FloodGuard(int perMinute, SendClock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("a flood limit must be 0 (off) or more, got " + perMinute);
        }
        this.perMinute = perMinute;
        this.meter = clock.meter();
        this.users = Caffeine.newBuilder()
                .maximumSize(USERS_KEPT)
                .expireAfterAccess(Duration.ofMinutes(1))
                .ticker(clock::nanos)
                .executor(Runnable::run)
                .build();
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts one request of this user (the group, for an anonymous admin) and says what to do with it. */
    Turn admit(long userId) {
        if (perMinute == 0) {
            return ANSWER;
        }
        ConsumptionProbe probe = users.get(userId, id -> newMinute()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return DROP;
        }
        // the allowance has one token more than perMinute: the request that takes the last one is told to slow down
        return probe.getRemainingTokens() > 0 ? ANSWER
                : new Turn(Verdict.SLOW_DOWN, Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    /** How many users are remembered now: those who asked within the last minute, at most {@link #USERS_KEPT}. */
    long usersKept() {
        users.cleanUp();
        return users.estimatedSize();
    }

    /** What a user past the limit reads, once a minute at most. */
    String slowDown(Duration askAgainIn) {
        long seconds = Math.max(1, (askAgainIn.toMillis() + 999) / 1000);
        return "Please slow down: I answer up to " + perMinute + (perMinute == 1 ? " request" : " requests")
                + " a minute from one person. You can ask again in " + seconds + " s.";
    }

    private Bucket newMinute() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute + 1L).refillIntervally(perMinute + 1L,
                        Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter)
                .build();
    }
}
