package dev.briefbot.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Enforces {@link RateLimits} on the methods that send or edit messages, with sliding windows on a scaled clock. */
final class RateLimiter {

    private static final Set<String> NOT_COUNTED = Set.of("sendChatAction");
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** At most {@code max} events in any {@code length} nanoseconds of Telegram time. */
    private static final class Window {
        final int max;
        final long length;
        final Deque<Long> events = new ArrayDeque<>();

        Window(int max, long length) {
            this.max = max;
            this.length = length;
        }

        long waitNanos(long now) {
            while (!events.isEmpty() && events.peekFirst() <= now - length) {
                events.pollFirst();
            }
            return events.size() < max ? 0 : events.peekFirst() + length - now;
        }
    }

    private final long origin = System.nanoTime();
    private RateLimits limits;
    private Window global;
    private final Map<Long, Window> perChat = new HashMap<>();
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
        Window[] windows = windowsFor(chatId);
        long wait = 0;
        for (Window window : windows) {
            wait = Math.max(wait, window.waitNanos(now));
        }
        if (wait > 0) {
            throw ApiError.tooManyRequests(Math.max(1, (wait + SECOND - 1) / SECOND));
        }
        for (Window window : windows) {
            window.events.addLast(now);
        }
    }

    private Window[] windowsFor(Long chatId) {
        if (chatId == null) {
            return new Window[] {global};
        }
        Window chat = perChat.computeIfAbsent(chatId, id -> new Window(limits.chatBurst(),
                limits.chatBurst() * SECOND / limits.chatPerSecond()));
        if (chatId > 0) {
            return new Window[] {global, chat};
        }
        Window group = perGroup.computeIfAbsent(chatId, id -> new Window(limits.groupPerMinute(), 60 * SECOND));
        return new Window[] {global, chat, group};
    }

    private static boolean counts(String method) {
        return !NOT_COUNTED.contains(method) && (method.startsWith("send") || method.startsWith("edit")
                || method.equals("copyMessage") || method.equals("forwardMessage"));
    }
}
