package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.BriefbotSettings;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.subscription.LibraryReload.Outcome;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * New library versions taken in by the real loader from a seeds folder of the test's, recorded by the real stores:
 * each {@link #start()} is the bot started over the same database, as after a stop.
 */
class LibraryReloadTest {

    private static final Path FIXTURE = Path.of("src/test/resources/changes/seeds");
    private static final String SAMPLE = LibraryVersions.NEW_BRIEF;
    private static final long SHENZHEN = -1001000000001L;
    private static final long BEIJING = -1001000000002L;

    @TempDir
    private Path seeds;

    private Databases.Database database;
    private final List<String> operatorsTold = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private CurrentLibrary current;

    @BeforeEach
    void copyTheProjectSeedsAndListen() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("seeds"), seeds);
        logger().addAppender(log);
        log.start();
    }

    @AfterEach
    void stopListening() {
        logger().detachAppender(log);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldQueueANoticeForTheMatchingSubscriptionOnlyWhenABriefArrives(Databases kind) throws IOException {
        LibraryReload bot = firstBoot(kind);

        addTheSampleBrief();
        Outcome outcome = bot.reload();

        assertThat(outcome).isEqualTo(new Outcome.Taken(2, 1));
        assertThat(queuedChats()).containsExactly(SHENZHEN);
        assertThat(queuedTexts()).singleElement().asString()
                .contains("Sample Times", "A fund for AI chips made in Shenzhen.").doesNotContain("elderly care homes");
        assertThat(current.library().briefs()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldKeepTheOldLibraryTellTheOperatorsAndRecordNothingWhenABriefIsBroken(Databases kind)
            throws IOException {
        LibraryReload bot = firstBoot(kind);
        String recorded = outbox().lastVersion().map(OutboxStore.RecordedVersion::fingerprint).orElseThrow();

        Files.copy(FIXTURE.resolve(SAMPLE + ".txt"), seeds.resolve("2024-03-06-broken.txt"));
        Files.writeString(seeds.resolve("2024-03-06-broken.yaml"), Files.readString(FIXTURE.resolve(SAMPLE + ".yaml"))
                .replace("proposed a fund for AI chips", "proposed a fund for quantum chips"));
        Outcome outcome = bot.reload();

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) outcome).reason()).contains("2024-03-06-broken.yaml");
        assertThat(operatorsTold).singleElement().asString()
                .contains("refused", "keeps answering from the previous one", "2024-03-06-broken.yaml");
        assertThat(current.library().briefs()).hasSize(1);
        assertThat(versions()).isEqualTo(1);
        assertThat(outbox().lastVersion().map(OutboxStore.RecordedVersion::fingerprint)).contains(recorded);
        assertThat(queuedChats()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldQueueNothingMoreWhenTheSameFolderIsReloadedAgain(Databases kind) throws IOException {
        LibraryReload bot = firstBoot(kind);
        addTheSampleBrief();
        bot.reload();

        Outcome again = bot.reload();

        assertThat(again).isEqualTo(new Outcome.Taken(2, 0));
        assertThat(queuedChats()).containsExactly(SHENZHEN);
        assertThat(versions()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldNotifyOnceOfABriefCopiedInWhileTheBotWasStopped(Databases kind) throws IOException {
        firstBoot(kind);

        addTheSampleBrief();
        Outcome restarted = start().catchUp();
        Outcome restartedAgain = start().catchUp();

        assertThat(restarted).isEqualTo(new Outcome.Taken(2, 1));
        assertThat(restartedAgain).isEqualTo(new Outcome.Taken(2, 0));
        assertThat(queuedChats()).containsExactly(SHENZHEN);
        assertThat(warnings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldRecordTheSeedsSilentlyAtTheFirstBoot(Databases kind) throws IOException {
        addTheSampleBrief();

        Outcome outcome = firstBoot(kind).catchUp();

        assertThat(outcome).isEqualTo(new Outcome.Taken(2, 0));
        assertThat(queuedChats()).isEmpty();
        assertThat(versions()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldNotifyOnceWhenTwoBotsSharingTheDatabaseTakeInTheSameBriefAtOnce(Databases kind) throws Exception {
        firstBoot(kind);
        addTheSampleBrief();
        List<LibraryReload> replicas = List.of(start(), start());

        List<Outcome> outcomes = atOnce(replicas.stream().map(bot -> (Callable<Outcome>) bot::catchUp).toList());

        assertThat(outcomes).extracting(outcome -> ((Outcome.Taken) outcome).notifications())
                .containsExactlyInAnyOrder(1, 0);
        assertThat(queuedChats()).containsExactly(SHENZHEN);
        assertThat(versions()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldRefuseToRecordASecondVersionAfterTheSameOne(Databases kind) {
        firstBoot(kind);
        Optional<OutboxStore.RecordedVersion> last = outbox().lastVersion();
        LibraryChange change = LibraryChange.nothingNew(LibraryVersions.projectSeeds());
        outbox().recordVersion(change, last, List.of(new OutboxStore.Notification(SHENZHEN, "first", List.of())));

        assertThatThrownBy(() -> outbox().recordVersion(change, last,
                List.of(new OutboxStore.Notification(SHENZHEN, "second", List.of()))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(queuedTexts()).containsExactly("first");
        assertThat(versions()).isEqualTo(2);
    }

    @Test
    void shouldTakeInSilentlyAndSaySoWhenTheLastVersionWasRecordedWithoutItsIds() throws IOException {
        database = databaseUpgradedFromBeforeVersionIds(LibraryChange.fingerprint(LibraryVersions.projectSeeds()));
        subscribe();
        addTheSampleBrief();

        Outcome upgraded = start().catchUp();
        Outcome restarted = start().catchUp();

        assertThat(upgraded).isEqualTo(new Outcome.Taken(2, 0));
        assertThat(restarted).isEqualTo(new Outcome.Taken(2, 0));
        assertThat(queuedChats()).isEmpty();
        assertThat(warnings()).singleElement().asString().contains("cannot be known", "without notifying");
    }

    @Test
    void shouldNotifyOfTheNextBriefWhenTheSeedsAreUnchangedSinceAVersionRecordedWithoutItsIds() throws IOException {
        database = databaseUpgradedFromBeforeVersionIds(LibraryChange.fingerprint(LibraryVersions.projectSeeds()));
        subscribe();
        LibraryReload bot = start();

        Outcome upgraded = bot.catchUp();
        addTheSampleBrief();
        Outcome reloaded = bot.reload();

        assertThat(upgraded).isEqualTo(new Outcome.Taken(1, 0));
        assertThat(reloaded).isEqualTo(new Outcome.Taken(2, 1));
        assertThat(queuedChats()).containsExactly(SHENZHEN);
        assertThat(warnings()).isEmpty();
    }

    /** Runs the tasks together, each on its own thread, released at the same moment; their results in order. */
    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = tasks.stream().map(task -> threads.submit(() -> {
                go.await();
                return task.call();
            })).toList();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The bot's first start over a new database of {@code kind}, with a Shenzhen and a Beijing group subscribed. */
    private LibraryReload firstBoot(Databases kind) {
        database = kind.open();
        subscribe();
        LibraryReload bot = start();
        bot.catchUp();
        return bot;
    }

    /** The bot started over the database: the library loaded from the folder as it is now, then caught up. */
    private LibraryReload start() {
        LibraryLoader loader = new LibraryLoader();
        current = new CurrentLibrary(loader.load(seeds, LibraryVersions.CONFIG));
        return new LibraryReload(loader, new BriefbotSettings(seeds, LibraryVersions.CONFIG), current,
                subscriptions(), outbox(), new HtmlChannel(), operatorsTold::add);
    }

    private void subscribe() {
        subscriptions().add(SHENZHEN, Filter.region("shenzhen"));
        subscriptions().add(BEIJING, Filter.region("beijing"));
    }

    private void addTheSampleBrief() throws IOException {
        Files.copy(FIXTURE.resolve(SAMPLE + ".txt"), seeds.resolve(SAMPLE + ".txt"));
        Files.copy(FIXTURE.resolve(SAMPLE + ".yaml"), seeds.resolve(SAMPLE + ".yaml"));
    }

    private SubscriptionStore subscriptions() {
        return new SubscriptionStore(database.jdbc(), database.transactions(), Clock.systemUTC());
    }

    private OutboxStore outbox() {
        return new OutboxStore(database.template(), database.transactions(), Clock.systemUTC());
    }

    // read from the table: what the delivery worker will find, whatever its way of claiming rows
    private List<Long> queuedChats() {
        return database.jdbc().sql("SELECT chat_id FROM outbox ORDER BY id").query(Long.class).list();
    }

    private List<String> queuedTexts() {
        return database.jdbc().sql("SELECT text FROM outbox ORDER BY id").query(String.class).list();
    }

    private long versions() {
        return database.jdbc().sql("SELECT COUNT(*) FROM library_version").query(Long.class).single();
    }

    private List<String> warnings() {
        return log.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(LibraryReload.class);
    }

    /**
     * An H2 database as a bot left it before versions kept their ids (migrated up to V2, one version recorded by the
     * statement of then), then migrated to the current scripts.
     */
    private static Databases.Database databaseUpgradedFromBeforeVersionIds(String fingerprint) {
        DriverManagerDataSource source = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(source).target("2").load().migrate();
        JdbcClient.create(source).sql("""
                INSERT INTO library_version (fingerprint, briefs, loaded_at)
                VALUES (:fingerprint, 1, CURRENT_TIMESTAMP)""").param("fingerprint", fingerprint).update();
        Flyway.configure().dataSource(source).load().migrate();
        return new Databases.Database(new JdbcTemplate(source),
                new TransactionTemplate(new DataSourceTransactionManager(source)));
    }
}
