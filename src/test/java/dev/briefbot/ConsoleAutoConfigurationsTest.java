package dev.briefbot;

import dev.briefbot.chat.TelegramToken;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The console starts without Actuator and Bean Validation; the Telegram bot with both. */
class ConsoleAutoConfigurationsTest {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
            "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
            null,
            "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration",
            "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration"};

    @Test
    void shouldLeaveOutActuatorAndBeanValidationInTheConsole() {
        assertThat(filter(new MockEnvironment()).match(CANDIDATES, null)).containsExactly(false, true, true, false, false);
        assertThat(filter(new MockEnvironment().withProperty(TelegramToken.VARIABLE, " "))
                .match(CANDIDATES, null)).containsExactly(false, true, true, false, false);
    }

    @Test
    void shouldKeepEverythingForTheTelegramBot() {
        assertThat(filter(new MockEnvironment().withProperty(TelegramToken.VARIABLE, "123:abc"))
                .match(CANDIDATES, null)).containsExactly(true, true, true, true, true);
    }

    private static ConsoleAutoConfigurations filter(MockEnvironment environment) {
        ConsoleAutoConfigurations filter = new ConsoleAutoConfigurations();
        filter.setEnvironment(environment);
        return filter;
    }
}
