package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The send limits and the flood guard as operators set them: Telegram's limits by default, bad values named. */
class TelegramSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void shouldSendAtTelegramsDocumentedLimitsByDefault() {
        context.run(started -> {
            TelegramSettings settings = started.getBean(TelegramSettings.class);
            assertThat(settings.limits().sendLimits()).isEqualTo(SendLimits.telegram());
            assertThat(settings.flood().perMinute()).isEqualTo(20);
        });
    }

    @Test
    void shouldTakeTheOperatorsLimits() {
        context.withPropertyValues("briefbot.telegram.limits.global-per-second=25",
                "briefbot.telegram.limits.chat-per-second=2", "briefbot.telegram.limits.chat-burst=5",
                "briefbot.telegram.limits.group-per-minute=15", "briefbot.telegram.limits.max-tries=3",
                "briefbot.telegram.limits.first-backoff=2s", "briefbot.telegram.flood.per-minute=0").run(started -> {
                    TelegramSettings settings = started.getBean(TelegramSettings.class);
                    assertThat(settings.limits().sendLimits())
                            .isEqualTo(new SendLimits(25, 2, 5, 15, 3, Duration.ofSeconds(2), 1));
                    assertThat(settings.flood().isOff()).isTrue();
                });
    }

    @Test
    void shouldTakeLimitsFromTheEnvironmentsSpelling() {
        Map<String, Object> environment = Map.of("BRIEFBOT_TELEGRAM_FLOOD_PERMINUTE", "1000",
                "BRIEFBOT_TELEGRAM_LIMITS_GROUPPERMINUTE", "10");
        context.withInitializer(started -> started.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("test-" + SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
                .run(started -> {
                    TelegramSettings settings = started.getBean(TelegramSettings.class);
                    assertThat(settings.flood().perMinute()).isEqualTo(1000);
                    assertThat(settings.limits().groupPerMinute()).isEqualTo(10);
                });
    }

    @Test
    void shouldRefuseALimitBelowOneNamingTheProperty() {
        context.withPropertyValues("briefbot.telegram.limits.chat-burst=0").run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining(
                        "briefbot.telegram.limits.chat-burst must be a whole number of at least 1"));
    }

    @Test
    void shouldRefuseANegativeBackoffNamingTheProperty() {
        context.withPropertyValues("briefbot.telegram.limits.first-backoff=-1s").run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining(
                        "briefbot.telegram.limits.first-backoff must be a duration of zero or more"));
    }

    @Test
    void shouldRefuseANegativeFloodLimitSayingZeroTurnsItOff() {
        context.withPropertyValues("briefbot.telegram.flood.per-minute=-5").run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining(
                        "briefbot.telegram.flood.per-minute must be a whole number of 0 or more")
                        .hasMessageContaining("0 turns the flood guard off"));
    }

    @EnableConfigurationProperties(TelegramSettings.class)
    static class Settings {
    }
}
