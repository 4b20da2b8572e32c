package dev.briefbot.telegram;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * How much one user may ask: {@code perMinute} requests a minute are answered; the next one gets a single polite
 * "slow down" saying when to ask again, and the rest are dropped silently until the minute is over. Each user has a
 * Bucket4j bucket refilled all at once every minute; a limit of 0 turns the guard off.
 */
final class FloodGuard {

    /** What becomes of one request. */
    enum Verdict { ANSWER, SLOW_DOWN, DROP }

    /**
     * The verdict, and how long until the user may ask again (zero unless told to slow down).
     *
     * @param askAgainIn time until the user's next minute starts
     */
    record Turn(Verdict verdict, Duration askAgainIn) {
    }

    // The least recently active users are forgotten past this many. The sender answers at most ~1,800 requests a
    // minute, so a user still inside their minute is never among them, and memory stays bounded with any audience.
    static final int USERS_KEPT = 50_000;

    private static final Turn ANSWER = new Turn(Verdict.ANSWER, Duration.ZERO);
    private static final Turn DROP = new Turn(Verdict.DROP, Duration.ZERO);

    private final int perMinute;
    private final TimeMeter meter;
    private final Map<Long, Bucket> users;

    FloodGuard(int perMinute, SendClock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("a flood limit must be 0 (off) or more, got " + perMinute);
        }
        this.perMinute = perMinute;
        this.meter = clock.meter();
        this.users = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
                return size() > USERS_KEPT;
            }
        });
    }

    /** A guard on the real clock. */
    static FloodGuard perMinute(int requests) {
        return new FloodGuard(requests, SendClock.scaled(1));
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts one request of this user (the group, for an anonymous admin) and says what to do with it. */
    Turn admit(long userId) {
        if (perMinute == 0) {
            return ANSWER;
        }
        ConsumptionProbe probe = users.computeIfAbsent(userId, id -> newMinute()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return DROP;
        }
        // the allowance has one token more than perMinute: the request that takes the last one is told to slow down
        return probe.getRemainingTokens() > 0 ? ANSWER
                : new Turn(Verdict.SLOW_DOWN, Duration.ofNanos(probe.getNanosToWaitForReset()));
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
