package dev.briefbot.telegram.intake;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the readiness probe tolerates ({@code briefbot.health.*}).
 *
 * @param pollingStaleAfter how long after Telegram last answered the polling client the bot stops being ready; a poll
 *                          lasts up to 50 s, so the default of 2 minutes is two polls and some slack
 */
@ConfigurationProperties("briefbot.health")
@Validated
public record HealthSettings(
        @NotNull(message = "must be a positive duration, longer than a 50 s long poll, e.g. 2m")
        @DurationMin(inclusive = false, message = "must be a positive duration, longer than a 50 s long poll, e.g. 2m")
        @DefaultValue("2m") Duration pollingStaleAfter) {
}
