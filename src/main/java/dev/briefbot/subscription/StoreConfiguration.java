package dev.briefbot.subscription;

import java.time.Clock;

import dev.briefbot.chat.TelegramToken;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stores over Boot's data source, for the Telegram bot: an H2 file under ./data by default, any
 * spring.datasource.url else. Launched as the console, the application leaves the data source out altogether.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    @Conditional(TelegramToken.Present.class)
    SubscriptionStore subscriptionStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new SubscriptionStore(jdbc, transactions, Clock.systemUTC());
    }

    @Bean
    @Conditional(TelegramToken.Present.class)
    OutboxStore outboxStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        return new OutboxStore(jdbc, transactions, Clock.systemUTC());
    }

    /** A console started without main() (tests) still never migrates, so it creates no database. */
    @Bean
    @Conditional(TelegramToken.Absent.class)
    FlywayMigrationStrategy noDatabaseForTheConsole() {
        return flyway -> {
        };
    }
}
