package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;

import dev.briefbot.subscription.Filter;
import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.subscription.SubscriptionStore;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.SentMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A broadcast through crashes: the bot run as an operator runs it, in a JVM of its own over the default H2 file
 * database (in a temporary folder), is killed outright (SIGKILL: no shutdown hook, no grace) twice while it sends a new
 * brief's notifications, and started again each time. Every subscriber still hears of the brief, and only the sends
 * in flight at a crash (Telegram took them, the outbox had not yet marked them) go out twice.
 */
class TelegramCrashIT {

    // a signal, not a sleep: generous, for a machine that other builds share
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path NEW_BRIEF = Path.of("src/test/resources/changes/seeds");
    private static final String SAMPLE = "2024-03-05-sample-two-sessions";
    private static final String SHENZHEN_PROPOSAL = "A fund for AI chips made in Shenzhen.";
    private static final int SUBSCRIBERS = 40;
    private static final int CRASHES = 2;
    /** Chats sent to in parallel, so sends in flight at once: a crash can catch at most this many. */
    private static final int WORKERS = 2;
    /** Sends each life of the bot makes before its crash: the crash comes in the middle of the broadcast. */
    private static final int SENT_PER_LIFE = 10;

    @TempDir
    Path folder;

    private final FakeBotApi telegram = FakeBotApi.start();
    private final List<BotProcess> lives = new ArrayList<>();

    @AfterEach
    void leaveNoBotRunning() {
        lives.forEach(BotProcess::close);
        telegram.close();
    }

    @Test
    void shouldDeliverANewBriefToEverySubscriberThroughCrashesSendingTwiceOnlyWhatWasInFlight() throws IOException {
        List<Long> shenzhen = LongStream.rangeClosed(1, SUBSCRIBERS).map(i -> -7000 - i).boxed().toList();
        List<Long> beijing = List.of(-7101L, -7102L);
        String database = databaseLikeTheDefault();
        Path seeds = copyOfTheSeeds();
        subscribe(database, shenzhen, "shenzhen");
        subscribe(database, beijing, "beijing");
        // Telegram takes each message a moment before it answers: a crash then can fall between the two
        telegram.setLatency(Duration.ofMillis(150));
        try {
            BotProcess first = startBot(database, seeds);
            dropTheNewBrief(seeds);
            int beforeFirstCrash = crashOnceSent(first, SENT_PER_LIFE);
            int beforeSecondCrash = crashOnceSent(startBot(database, seeds), beforeFirstCrash + SENT_PER_LIFE);
            BotProcess last = startBot(database, seeds);
            await("every subscriber notified").atMost(WAIT)
                    .until(() -> shenzhen.stream().allMatch(chat -> !telegram.sentMessagesTo(chat).isEmpty()));
            // a notification sent twice would follow its first a moment later
            BotOverFakeTelegram.holdsQuietly(() -> shenzhen.stream()
                    .allMatch(chat -> telegram.sentMessagesTo(chat).size() <= 2));
            last.terminate(WAIT);

            assertThat(beforeFirstCrash).as("chats notified before the first crash").isLessThan(SUBSCRIBERS);
            assertThat(beforeSecondCrash).as("chats notified before the second crash")
                    .isGreaterThan(beforeFirstCrash).isLessThan(SUBSCRIBERS);
            assertThat(shenzhen).allSatisfy(chat -> assertThat(telegram.sentMessagesTo(chat))
                    .as("notifications to chat %d", chat).hasSizeBetween(1, 2)
                    .allSatisfy(sent -> assertThat(sent.text()).contains("Sample Times", SHENZHEN_PROPOSAL)));
            assertThat(duplicates(shenzhen)).as("notifications sent twice (at most %d in flight at each of %d crashes)",
                    WORKERS, CRASHES).isLessThanOrEqualTo(WORKERS * CRASHES);
            assertThat(beijing).allSatisfy(chat -> assertThat(telegram.sentMessagesTo(chat)).isEmpty());
            assertThat(backlog(database)).as("notifications left in the outbox").isZero();
        } catch (Throwable failure) {
            lives.forEach(life -> System.err.println("---- last output of " + life.name() + ":\n" + life.tail(40)));
            throw failure;
        }
    }

    /**
     * The bot as an operator starts it, sending slowly (8 a second) to two chats at a time, so that a broadcast to
     * {@value #SUBSCRIBERS} chats takes seconds. A short claim lease: what a killed bot had claimed is soon due again.
     */
    private BotProcess startBot(String database, Path seeds) {
        BotProcess bot = BotProcess.start(folder, "bot-" + (lives.size() + 1), List.of(
                "--TELEGRAM_BOT_TOKEN=" + telegram.token(), "--TELEGRAM_API_URL=" + telegram.baseUrl(),
                "--TELEGRAM_BOT_USERNAME=BriefBot", "--spring.datasource.url=" + database,
                "--briefbot.seeds-dir=" + seeds,
                "--briefbot.telegram.limits.global-per-second=8",
                "--briefbot.telegram.delivery.workers=" + WORKERS,
                "--briefbot.telegram.delivery.poll-interval=250ms",
                "--briefbot.telegram.delivery.claim-lease=2s",
                // any free ports: builds running side by side must not collide on 8080 and 8081
                "--server.port=0", "--management.server.port=0"));
        lives.add(bot);
        bot.awaitOutput("Started BriefBotApplication", START);
        return bot;
    }

    /** Kills the bot once this many chats have been notified; returns how many had been when it died. */
    private int crashOnceSent(BotProcess bot, int notified) {
        await("at least " + notified + " chats notified").atMost(WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> notifiedChats() >= notified);
        bot.kill();
        return notifiedChats();
    }

    private int notifiedChats() {
        return (int) telegram.sentMessages().stream().map(SentMessage::chatId).distinct().count();
    }

    private int duplicates(List<Long> chats) {
        return chats.stream().mapToInt(chat -> telegram.sentMessagesTo(chat).size() - 1).sum();
    }

    /** A brief is two files, copied one after the other as an operator would. */
    private static void dropTheNewBrief(Path seeds) throws IOException {
        Files.copy(NEW_BRIEF.resolve(SAMPLE + ".txt"), seeds.resolve(SAMPLE + ".txt"));
        Files.copy(NEW_BRIEF.resolve(SAMPLE + ".yaml"), seeds.resolve(SAMPLE + ".yaml"));
    }

    private Path copyOfTheSeeds() throws IOException {
        Path seeds = folder.resolve("seeds");
        FileSystemUtils.copyRecursively(Path.of("seeds"), seeds);
        return seeds;
    }

    /**
     * The operators' default database URL (config/application.yml), its file moved from ./data to the test's: what
     * survives a kill -9 depends on its settings (H2 writes commits to the file late unless WRITE_DELAY=0).
     */
    private String databaseLikeTheDefault() throws IOException {
        Object url = new YamlPropertySourceLoader().load("operator", new FileSystemResource("config/application.yml"))
                .get(0).getProperty("spring.datasource.url");
        assertThat(url).asString().startsWith("jdbc:h2:file:./data/");
        return url.toString().replace("./data/", folder.resolve("data") + "/");
    }

    /** Subscriptions made before the bot starts, over the file it will open: migrated as its Flyway would. */
    private static void subscribe(String database, List<Long> chats, String region) {
        inDatabase(database, source -> {
            Flyway.configure().dataSource(source).load().migrate();
            SubscriptionStore store = new SubscriptionStore(JdbcClient.create(source),
                    new TransactionTemplate(new DataSourceTransactionManager(source)), Clock.systemUTC());
            chats.forEach(chat -> store.add(chat, Filter.region(region)));
            return null;
        });
    }

    private static long backlog(String database) {
        return inDatabase(database, source -> new OutboxStore(new JdbcTemplate(source),
                new TransactionTemplate(new DataSourceTransactionManager(source)), Clock.systemUTC()).backlog());
    }

    /** One connection, closed after: H2 then closes the file, so the bot can open it. */
    private static <T> T inDatabase(String database, Function<SingleConnectionDataSource, T> work) {
        SingleConnectionDataSource source = new SingleConnectionDataSource(database, "sa", "", true);
        try {
            return work.apply(source);
        } finally {
            source.destroy();
        }
    }
}
