package dev.briefbot.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Enforces {@link RateLimits} on the methods that send or edit messages, on a scaled clock, as Telegram words them:
 * a chat tolerates a short burst and then one message a second (a token bucket: "we may allow short bursts that go
 * over this limit, but eventually you'll begin receiving 429 errors"); the bot's messages a second and a group's
 * messages a minute are counted in sliding windows ("no more than 20 messages per minute"), the strictest reading.
 */
final class RateLimiter {

    private static final Set<String> NOT_COUNTED = Set.of("sendChatAction");
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** One of Telegram's limits: how long until one more message may pass, and the passing of one. */
    private interface Limit {
        long waitNanos(long now);

        void take(long now);
    }

    /** At most {@code max} events in any {@code length} nanoseconds of Telegram time. */
    private static final class Window implements Limit {
        final int max;
        final long length;
        final Deque<Long> events = new ArrayDeque<>();

        Window(int max, long length) {
            this.max = max;
            this.length = length;
        }

        @Override
        public long waitNanos(long now) {
            while (!events.isEmpty() && events.peekFirst() <= now - length) {
                events.pollFirst();
            }
            return events.size() < max ? 0 : events.peekFirst() + length - now;
        }

        @Override
        public void take(long now) {
            events.addLast(now);
        }
    }

    /** A burst of {@code capacity}, refilled at {@code perSecond} messages a second. */
    private static final class TokenBucket implements Limit {
        final int capacity;
        final long nanosPerToken;
        double tokens;
        long updated;

        TokenBucket(int capacity, int perSecond, long now) {
            this.capacity = capacity;
            this.nanosPerToken = SECOND / perSecond;
            this.tokens = capacity;
            this.updated = now;
        }

        @Override
        public long waitNanos(long now) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) / nanosPerToken);
            updated = now;
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * nanosPerToken);
        }

        @Override
        public void take(long now) {
            tokens -= 1;
        }
    }

    private final long origin = System.nanoTime();
    private RateLimits limits;
    private Window global;
    private final Map<Long, TokenBucket> perChat = new HashMap<>();
    private final Map<Long, Window> perGroup = new HashMap<>();

    synchronized void enforce(RateLimits newLimits) {
        limits = newLimits;
        global = newLimits == null ? null : new Window(newLimits.globalPerSecond(), SECOND);
        perChat.clear();
        perGroup.clear();
    }

    /** Lets the message through, or throws the 429 Telegram would answer. */
    synchronized void admit(String method, Long chatId) {
        if (limits == null || !counts(method)) {
            return;
        }
        long now = (long) ((System.nanoTime() - origin) * limits.timeScale());
        List<Limit> applying = limitsFor(chatId, now);
        long wait = 0;
        for (Limit limit : applying) {
            wait = Math.max(wait, limit.waitNanos(now));
        }
        if (wait > 0) {
            throw ApiError.tooManyRequests(Math.max(1, (wait + SECOND - 1) / SECOND));
        }
        applying.forEach(limit -> limit.take(now));
    }

    private List<Limit> limitsFor(Long chatId, long now) {
        if (chatId == null) {
            return List.of(global);
        }
        TokenBucket chat = perChat.computeIfAbsent(chatId,
                id -> new TokenBucket(limits.chatBurst(), limits.chatPerSecond(), now));
        if (chatId > 0) {
            return List.of(global, chat);
        }
        Window group = perGroup.computeIfAbsent(chatId, id -> new Window(limits.groupPerMinute(), 60 * SECOND));
        return List.of(global, chat, group);
    }

    private static boolean counts(String method) {
        return !NOT_COUNTED.contains(method) && (method.startsWith("send") || method.startsWith("edit")
                || method.equals("copyMessage") || method.equals("forwardMessage"));
    }
}
