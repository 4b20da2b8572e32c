package dev.briefbot.telegram.sending;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Telegram's send limits as Bucket4j token buckets: one for the bot, one per chat, one more per group (a negative
 * chat id). {@link #awaitTurn} blocks the calling lane until every bucket that applies has a token.
 * <p>
 * Telegram tolerates a short burst in one chat ("eventually you'll begin receiving 429 errors"), which is a token
 * bucket, so the chat's bucket is Telegram's own figures: a burst of {@code chatBurst}, then {@code chatPerSecond}.
 * The bot's 30 a second and a group's 20 a minute are counted as windows ("no more than 20 messages per minute"),
 * and a bucket of capacity c refilled at r lets c + r·T through in a window of length T; so those buckets are
 * shaped to c + r·T just under the limit: the bot's holds one token and refills 28⅔ a second (95.6 % of the
 * ceiling; a request may reach Telegram 46 ms late without a window holding 31), a group's holds the chat's burst
 * (at most a fifth of its minute) and refills 16⅔ a minute (4.8 s of slack).
 */
final class SendRateLimiter {

    // Idle chats' buckets are dropped past this many, so thousands of chats don't pile up buckets forever.
    private static final int CHATS_KEPT = 10_000;

    private final SendLimits limits;
    private final SendClock clock;
    private final TimeMeter meter;
    private final Bucket global;
    private final SendWindow departures;
    private final Map<String, Bucket> chats = new ConcurrentHashMap<>();
    private final Map<String, Bucket> groups = new ConcurrentHashMap<>();

    SendRateLimiter(SendLimits limits, SendClock clock) {
        this.limits = limits;
        this.clock = clock;
        this.meter = clock.meter();
        this.global = neverOver(limits.globalPerSecond(), Duration.ofSeconds(1), 1);
        // a second and 40 ms: at the bucket's steady pace 31 sends span 1.046 s, so only a catch-up is held back
        this.departures = new SendWindow(limits.globalPerSecond(), Duration.ofMillis(1_040), clock);
    }

    /** Waits for the bot-wide limit alone: a send whose chat is unknown (an inline message's edit). */
    void awaitTurn() throws InterruptedException {
        take(global);
        departures.awaitRoom();
    }

    /** Waits until this chat may be sent to, then until the bot may send, and takes the tokens. */
    void awaitTurn(String chatId) throws InterruptedException {
        List<Bucket> own = bucketsOf(chatId);
        awaitTokens(own);
        take(global);
        departures.awaitRoom();
        // Taken only now, at the send itself; a racing lane for the same chat only puts the bucket in debt.
        own.forEach(bucket -> bucket.consumeIgnoringRateLimits(1));
    }

    private List<Bucket> bucketsOf(String chatId) {
        forgetIdleChats();
        Bucket chat = chats.computeIfAbsent(chatId,
                id -> bucket(limits.chatBurst(), limits.chatPerSecond(), Duration.ofSeconds(1)));
        if (!isGroup(chatId)) {
            return List.of(chat);
        }
        Bucket group = groups.computeIfAbsent(chatId,
                id -> neverOver(limits.groupPerMinute(), Duration.ofMinutes(1), limits.chatBurst()));
        return List.of(chat, group);
    }

    // Groups, supergroups and channels have negative ids; a channel may also be addressed as @username.
    private static boolean isGroup(String chatId) {
        return chatId.startsWith("-") || chatId.startsWith("@");
    }

    private void awaitTokens(List<Bucket> buckets) throws InterruptedException {
        boolean ready;
        do {
            ready = true;
            long wait = 0;
            for (Bucket bucket : buckets) {
                EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
                ready &= estimate.canBeConsumed();
                wait = Math.max(wait, estimate.getNanosToWaitForRefill());
            }
            if (!ready) {
                clock.sleep(atLeastAMoment(wait));
            }
        } while (!ready);
    }

    // A reservation: the next token is booked now, so a lane that wakes late costs the bot none of its pace.
    private void take(Bucket bucket) throws InterruptedException {
        bucket.asBlocking().consume(1, nanos -> clock.sleep(Duration.ofNanos(nanos)));
    }

    // Bucket4j rounds a fractional token's wait down, so a wait of zero can still leave the token a moment away.
    private static Duration atLeastAMoment(long nanos) {
        return Duration.ofNanos(Math.max(nanos, 1_000));
    }

    private void forgetIdleChats() {
        if (chats.size() > CHATS_KEPT) {
            chats.values().removeIf(bucket -> bucket.getAvailableTokens() >= limits.chatBurst());
            groups.values().removeIf(bucket -> bucket.getAvailableTokens() >= burstWithin(limits.groupPerMinute(),
                    limits.chatBurst()));
        }
    }

    /**
     * At most {@code messages} in any {@code window}: a burst of up to {@code burst}, then a third of a message less
     * than the rest per window, the slack that lets a request arrive late without overrunning a window.
     */
    private Bucket neverOver(int messages, Duration window, int burst) {
        int capacity = burstWithin(messages, burst);
        int thirdsPerWindow = 3 * (messages - capacity) - 1;
        return bucket(capacity, Math.max(1, thirdsPerWindow), window.multipliedBy(3));
    }

    // at most a fifth of the window's messages in a burst, so the steady pace keeps most of them
    private static int burstWithin(int messages, int burst) {
        return Math.max(1, Math.min(burst, messages / 5));
    }

    private Bucket bucket(int capacity, int refill, Duration period) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period))
                .withCustomTimePrecision(meter)
                .build();
    }
}
