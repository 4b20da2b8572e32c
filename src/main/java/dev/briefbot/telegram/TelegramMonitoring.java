package dev.briefbot.telegram;

import dev.briefbot.chat.TelegramToken;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Telegram bot's ports: a polling bot serves only the actuator, on a port of its own. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Present.class)
class TelegramMonitoring {

    /**
     * A polling bot serves nothing on server.port (the actuator has its own port), so it opens no port there at
     * all: Boot still builds the web application, which the management port's context needs, but never starts it.
     */
    @Bean
    @ConditionalOnProperty(name = TelegramConfiguration.MODE, havingValue = "polling", matchIfMissing = true)
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> noServerPortWhilePolling() {
        return factory -> factory.setPort(-1);
    }
}
