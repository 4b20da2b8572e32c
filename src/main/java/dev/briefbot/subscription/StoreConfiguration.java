package dev.briefbot.subscription;

import java.time.Clock;

import dev.briefbot.TelegramToken;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The stores over Boot's data source: an H2 file under ./data by default, any spring.datasource.url else. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    SubscriptionStore subscriptionStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new SubscriptionStore(jdbc, transactions, Clock.systemUTC());
    }

    @Bean
    OutboxStore outboxStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new OutboxStore(jdbc, transactions, Clock.systemUTC());
    }

    /**
     * The console has no subscriptions: it never migrates, so it neither creates ./data nor pays for the database
     * at start-up (the pool connects only when first used, and nothing uses it).
     */
    @Bean
    @Conditional(TelegramToken.Absent.class)
    FlywayMigrationStrategy noDatabaseForTheConsole() {
        return flyway -> {
        };
    }
}
