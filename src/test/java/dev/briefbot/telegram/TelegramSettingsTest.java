package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import dev.briefbot.BindingRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import dev.briefbot.telegram.sending.SendLimits;

/** The Telegram settings as operators set them: Telegram's limits by default, bad values refused by name. */
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
                    assertThat(settings.flood().perMinute()).isZero();
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
    void shouldPollUnlessToldToTakeWebhooks() {
        context.run(started -> assertThat(started.getBean(TelegramSettings.class).mode())
                .isEqualTo(TelegramSettings.Mode.POLLING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhook", "WEBHOOK", "Webhook"})
    void shouldTakeTheModeInAnyCase(String mode) {
        context.withPropertyValues("briefbot.telegram.mode=" + mode).run(started -> assertThat(
                started.getBean(TelegramSettings.class).mode()).isEqualTo(TelegramSettings.Mode.WEBHOOK));
    }

    @Test
    void shouldRefuseALimitBelowOneNamingThePropertyAndWhatItAccepts() {
        context.withPropertyValues("briefbot.telegram.limits.chat-burst=0").run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo(
                        "briefbot.telegram.limits.chat-burst: must be at least 1 (messages one chat may get at once, "
                                + "e.g. 3)"));
    }

    @Test
    void shouldRefuseANegativeBackoffNamingTheProperty() {
        context.withPropertyValues("briefbot.telegram.limits.first-backoff=-1s").run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo(
                        "briefbot.telegram.limits.first-backoff: must be a duration of zero or more, e.g. 500ms or 1s"));
    }

    @Test
    void shouldRefuseANegativeFloodLimitSayingZeroTurnsItOff() {
        context.withPropertyValues("briefbot.telegram.flood.per-minute=-5").run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure()))
                        .startsWith("briefbot.telegram.flood.per-minute: must be 0 or more")
                        .contains("0 turns the flood guard off"));
    }

    @Test
    void shouldRefuseEveryBadValueAtOnceSoOneRestartFixesThemAll() {
        context.withPropertyValues("briefbot.telegram.lanes=0", "briefbot.telegram.lane-capacity=-1",
                "briefbot.telegram.shutdown-grace=-10s", "briefbot.telegram.limits.global-per-second=0",
                "briefbot.telegram.limits.max-tries=0", "briefbot.telegram.username=Brief Bot").run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure()).lines()
                        .map(line -> line.substring(0, line.indexOf(':'))))
                        .containsExactlyInAnyOrder("briefbot.telegram.lanes", "briefbot.telegram.lane-capacity",
                                "briefbot.telegram.shutdown-grace", "briefbot.telegram.limits.global-per-second",
                                "briefbot.telegram.limits.max-tries", "briefbot.telegram.username"));
    }

    @Test
    void shouldTakeTheUsernameCopiedWithItsAt() {
        context.withPropertyValues("briefbot.telegram.username= @PolicyBriefBot ").run(started ->
                assertThat(started.getBean(TelegramSettings.class).username()).isEqualTo("PolicyBriefBot"));
    }

    @Test
    void shouldNeverQuoteTheTokenWhenRefusingAnotherSetting() {
        context.withPropertyValues("briefbot.telegram.token=123456:SECRET-token", "briefbot.telegram.lanes=0")
                .run(started -> {
                    assertThat(BindingRefusal.of(started.getStartupFailure())).startsWith("briefbot.telegram.lanes:");
                    assertThat(stackTrace(started.getStartupFailure())).doesNotContain("SECRET");
                });
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @EnableConfigurationProperties(TelegramSettings.class)
    static class Settings {
    }
}
