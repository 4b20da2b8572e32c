package dev.briefbot.subscription;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The databases the store must work on, each migrated by the project's own Flyway scripts: a fresh in-memory H2, and
 * PostgreSQL when BRIEFBOT_TEST_POSTGRES_URL names one (.ci/run starts one; without it those tests are skipped, and
 * say why).
 */
enum Databases {

    H2, POSTGRESQL;

    static final String POSTGRES_URL = "BRIEFBOT_TEST_POSTGRES_URL";
    private static final AtomicBoolean SAID_SKIPPED = new AtomicBoolean();

    static {
        // a fresh database per test: Flyway's five lines about migrating it would bury the build's output
        ((Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.WARN);
    }

    static Stream<Databases> all() {
        return Stream.of(values());
    }

    /** A migrated, empty database of this kind, as the store sees it. */
    Database open() {
        DataSource source = switch (this) {
            case H2 -> new DriverManagerDataSource(
                    "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                    "sa", "");
            case POSTGRESQL -> postgres();
        };
        Flyway flyway = Flyway.configure().dataSource(source).cleanDisabled(false).load();
        if (this == POSTGRESQL) {
            flyway.clean();
        }
        flyway.migrate();
        return new Database(new JdbcTemplate(source), new TransactionTemplate(new DataSourceTransactionManager(source)));
    }

    private static DataSource postgres() {
        String url = setting(POSTGRES_URL, "");
        String skipped = POSTGRES_URL + " is not set: the store's PostgreSQL tests are skipped (.ci/run starts one)";
        if (url.isBlank() && SAID_SKIPPED.compareAndSet(false, true)) {
            // surefire counts skipped tests but never says why: say it once where the build's reader looks
            System.err.println(skipped);
        }
        Assumptions.assumeFalse(url.isBlank(), skipped);
        return new DriverManagerDataSource(url, setting("BRIEFBOT_TEST_POSTGRES_USER", "briefbot"),
                setting("BRIEFBOT_TEST_POSTGRES_PASSWORD", "briefbot"));
    }

    /** A system property (-DBRIEFBOT_TEST_POSTGRES_URL=...), else the environment variable of that name. */
    private static String setting(String name, String otherwise) {
        return System.getProperty(name, System.getenv().getOrDefault(name, otherwise));
    }

    record Database(JdbcTemplate template, TransactionTemplate transactions) {

        JdbcClient jdbc() {
            return JdbcClient.create(template);
        }
    }
}
