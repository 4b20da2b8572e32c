package dev.briefbot.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the readiness probe tolerates ({@code briefbot.health.*}).
 *
 * @param pollingStaleAfter how long after Telegram last answered the polling client the bot stops being ready; a poll
 *                          lasts up to 50 s, so the default of 2 minutes is two polls and some slack
 */
@ConfigurationProperties("briefbot.health")
record HealthSettings(@DefaultValue("2m") Duration pollingStaleAfter) {

    HealthSettings {
        if (pollingStaleAfter == null || pollingStaleAfter.isNegative() || pollingStaleAfter.isZero()) {
            throw new IllegalArgumentException("briefbot.health.polling-stale-after must be a positive duration, e.g. "
                    + "2m (longer than a 50 s long poll); got " + pollingStaleAfter);
        }
    }
}
