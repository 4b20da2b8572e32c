package dev.briefbot.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code briefbot.telegram.delivery.*}); how fast is the sender's
 * ({@code briefbot.telegram.limits.*}).
 *
 * @param pollInterval how often an idle worker looks for new notifications: how late a new brief's may start
 * @param firstRetry   the wait after the sender gave up on a notification; it doubles with each failure after
 * @param longestRetry the longest wait between two tries of one notification
 * @param workers      chats sent to in parallel; enough that Telegram's round trip does not keep the bot below its
 *                     global limit, since one chat takes only about a message a second
 * @param batch        notifications taken from the outbox at once
 * @param claimLease   how long a batch taken from the outbox is this instance's alone: other replicas sharing the
 *                     database skip it meanwhile, and if the instance dies it is due again when the lease ends (so
 *                     a restart after a crash waits up to this long for the notifications then in flight). A send
 *                     starts only in the lease's first half, so the second is left for the sender's retries of it:
 *                     at 30 messages a second the default 1m covers a batch of 500 twice over
 */
@ConfigurationProperties("briefbot.telegram.delivery")
record DeliverySettings(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration longestRetry,
        @DefaultValue("8") int workers,
        @DefaultValue("500") int batch,
        @DefaultValue("1m") Duration claimLease) {

    DeliverySettings {
        if (pollInterval.isNegative() || pollInterval.isZero() || firstRetry.isNegative()
                || longestRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("briefbot.telegram.delivery: poll-interval must be positive and "
                    + "longest-retry at least first-retry, e.g. 1s, 1m and 1h; got " + pollInterval + ", "
                    + firstRetry + " and " + longestRetry);
        }
        if (workers < 1 || batch < 1) {
            throw new IllegalArgumentException("briefbot.telegram.delivery.workers and batch must be at least 1 "
                    + "(e.g. 8 and 500); got " + workers + " and " + batch);
        }
        if (claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("briefbot.telegram.delivery.claim-lease must be positive, long enough "
                    + "for a batch to go out (e.g. 1m); got " + claimLease);
        }
    }

    /** The wait before the next try of a notification that has failed {@code failures} times before this one. */
    Duration retryAfter(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures, 0), 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
