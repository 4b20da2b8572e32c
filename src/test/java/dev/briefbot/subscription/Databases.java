package dev.briefbot.subscription;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
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
        return new Database(JdbcClient.create(source), new TransactionTemplate(new DataSourceTransactionManager(source)));
    }

    private static DataSource postgres() {
        String url = System.getenv(POSTGRES_URL);
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                POSTGRES_URL + " is not set: the PostgreSQL run is skipped (.ci/run sets it)");
        return new DriverManagerDataSource(url, System.getenv().getOrDefault("BRIEFBOT_TEST_POSTGRES_USER", "briefbot"),
                System.getenv().getOrDefault("BRIEFBOT_TEST_POSTGRES_PASSWORD", "briefbot"));
    }

    record Database(JdbcClient jdbc, TransactionTemplate transactions) {

        List<String> tables() {
            return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
                    .query(String.class).list();
        }
    }
}
