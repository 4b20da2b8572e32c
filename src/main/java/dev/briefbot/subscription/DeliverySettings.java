package dev.briefbot.subscription;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox is delivered ({@code briefbot.telegram.delivery.*}, the name operators already set); how fast is the
 * sender's ({@code briefbot.telegram.limits.*}). Validated as it is bound: a bad value stops start-up naming the property.
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
@Validated
record DeliverySettings(
        @NotNull(message = "must be a positive duration, e.g. 1s")
        @DurationMin(inclusive = false, message = "must be a positive duration, e.g. 1s")
        @DefaultValue("1s") Duration pollInterval,
        @NotNull(message = "must be a duration of zero or more, e.g. 1m")
        @DurationMin(message = "must be a duration of zero or more, e.g. 1m")
        @DefaultValue("1m") Duration firstRetry,
        @NotNull(message = "must be a duration of at least first-retry, e.g. 1h")
        @DefaultValue("1h") Duration longestRetry,
        @Min(value = 1, message = "must be at least 1 (chats sent to in parallel, e.g. 8)")
        @DefaultValue("8") int workers,
        @Min(value = 1, message = "must be at least 1 (notifications taken from the outbox at once, e.g. 500)")
        @DefaultValue("500") int batch,
        @NotNull(message = "must be a positive duration, long enough for a batch to go out, e.g. 1m")
        @DurationMin(inclusive = false,
                message = "must be a positive duration, long enough for a batch to go out, e.g. 1m")
        @DefaultValue("1m") Duration claimLease) {

    /** Named as the property it checks, so that Boot's report says Property: ...delivery.longestRetry. */
    @AssertTrue(message = "must be at least briefbot.telegram.delivery.first-retry: the longest wait between tries "
            + "cannot be shorter than the first, e.g. 1m and 1h")
    private boolean isLongestRetry() {
        return longestRetry == null || firstRetry == null || longestRetry.compareTo(firstRetry) >= 0;
    }

    /** The wait before the next try of a notification that has failed {@code failures} times before this one. */
    Duration retryAfter(int failures) {
        ExponentialBackOff doubling = new ExponentialBackOff(firstRetry.toMillis(), 2);
        doubling.setMaxInterval(longestRetry.toMillis());
        BackOffExecution waits = doubling.start();
        long wait = waits.nextBackOff();
        // past 64 doublings every wait is the longest anyway
        for (int failure = 0; failure < Math.min(Math.max(failures, 0), 64); failure++) {
            wait = waits.nextBackOff();
        }
        return Duration.ofMillis(wait);
    }
}
