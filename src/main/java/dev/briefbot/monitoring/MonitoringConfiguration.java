package dev.briefbot.monitoring;

import dev.briefbot.chat.TelegramToken;
import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.subscription.SubscriptionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Health indicators and gauges that are not Telegram's own; Boot names an indicator after its bean, less a suffix. */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    /** The "library" indicator of the readiness group. */
    @Bean
    LibraryHealth libraryHealthIndicator(CurrentLibrary library) {
        return new LibraryHealth(library);
    }

    /** Only the Telegram bot keeps subscriptions (the console has no database). */
    @Bean
    @Conditional(TelegramToken.Present.class)
    StoreGauges storeGauges(SubscriptionStore subscriptions, OutboxStore outbox) {
        return new StoreGauges(subscriptions, outbox);
    }
}
