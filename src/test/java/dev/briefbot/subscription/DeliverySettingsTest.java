package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.briefbot.BindingRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How persistently notifications are delivered, as operators set it: bad values and bad pairs refused by name. */
class DeliverySettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void shouldRetryAfterAMinuteDoublingUpToAnHourByDefault() {
        context.run(started -> {
            DeliverySettings delivery = started.getBean(DeliverySettings.class);
            assertThat(delivery.retryAfter(0)).isEqualTo(Duration.ofMinutes(1));
            assertThat(delivery.retryAfter(3)).isEqualTo(Duration.ofMinutes(8));
            assertThat(delivery.retryAfter(40)).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void shouldRefuseALongestRetryShorterThanTheFirstNamingBoth() {
        context.withPropertyValues("briefbot.telegram.delivery.first-retry=2h").run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo(
                        "briefbot.telegram.delivery.longest-retry: must be at least "
                                + "briefbot.telegram.delivery.first-retry: the longest wait between tries cannot be "
                                + "shorter than the first, e.g. 1m and 1h"));
    }

    @Test
    void shouldRefuseAPollIntervalOfZeroAndNoWorkers() {
        context.withPropertyValues("briefbot.telegram.delivery.poll-interval=0s",
                "briefbot.telegram.delivery.workers=0").run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure()).lines()).containsExactlyInAnyOrder(
                        "briefbot.telegram.delivery.poll-interval: must be a positive duration, e.g. 1s",
                        "briefbot.telegram.delivery.workers: must be at least 1 (chats sent to in parallel, e.g. 8)"));
    }

    @Test
    void shouldRefuseAClaimLeaseOfZero() {
        context.withPropertyValues("briefbot.telegram.delivery.claim-lease=0s").run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo(
                        "briefbot.telegram.delivery.claim-lease: must be a positive duration, long enough for a batch "
                                + "to go out, e.g. 1m"));
    }

    @EnableConfigurationProperties(DeliverySettings.class)
    static class Settings {
    }
}
