package dev.briefbot.telegram;

import java.time.Clock;

import dev.briefbot.TelegramToken;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Telegram bot's meters, its per-update report, and, when it polls, the polling health indicator. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Present.class)
class TelegramMonitoring {

    @Bean
    TelegramMetrics telegramMetrics(MeterRegistry registry) {
        return new TelegramMetrics(registry);
    }

    @Bean
    UpdateReport updateReport(TelegramMetrics metrics) {
        return new UpdateReport(metrics);
    }

    /** The "telegramPolling" indicator of the readiness group; a webhook bot does not poll, and has none. */
    @Bean
    @Conditional(TelegramMode.Polling.class)
    PollingHealth telegramPollingHealthIndicator(HealthSettings settings) {
        return new PollingHealth(settings.pollingStaleAfter(), Clock.systemUTC());
    }

    /**
     * A polling bot serves nothing on server.port (the actuator has its own port), so it opens no port there at
     * all: Boot still builds the web application, which the management port's context needs, but never starts it.
     */
    @Bean
    @Conditional(TelegramMode.Polling.class)
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> noServerPortWhilePolling() {
        return factory -> factory.setPort(-1);
    }
}
