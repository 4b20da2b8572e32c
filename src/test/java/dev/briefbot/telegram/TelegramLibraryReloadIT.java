package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.briefbot.BriefBotApplication;
import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A new library version taken in while the bot runs: a brief dropped into the seeds folder reaches exactly the chats
 * subscribed to what it brings, a broken one changes nothing and the operators hear why, and /reload is theirs alone.
 * A brief copied in while the bot is stopped reaches its subscribers, once, when the bot starts again.
 */
class TelegramLibraryReloadIT extends BotOverFakeTelegram {

    private static final long OPERATOR = 4242;
    private static final Path FIXTURE = Path.of("src/test/resources/changes/seeds");
    private static final String SAMPLE = "2024-03-05-sample-two-sessions";

    /** A copy of seeds/ of the class's own, so the real folder is never touched. */
    private static Path seeds;

    @DynamicPropertySource
    static void copyTheSeeds(DynamicPropertyRegistry registry) throws IOException {
        seeds = Files.createTempDirectory("briefbot-seeds");
        FileSystemUtils.copyRecursively(Path.of("seeds"), seeds);
        registry.add("briefbot.seeds-dir", seeds::toString);
        registry.add("briefbot.admin-ids", () -> " " + OPERATOR + ", 4343");
    }

    @AfterAll
    static void removeTheSeeds() throws IOException {
        FileSystemUtils.deleteRecursively(seeds);
    }

    @Test
    void shouldNotifyOnlyTheChatsANewBriefConcernsAndEachOnce() throws IOException {
        long shenzhen = -1201;
        long beijing = -1202;
        subscribe(shenzhen, 21, "Shenzhen");
        subscribe(beijing, 22, "Beijing");

        copy(FIXTURE.resolve(SAMPLE + ".txt"), SAMPLE + ".txt");
        copy(FIXTURE.resolve(SAMPLE + ".yaml"), SAMPLE + ".yaml");

        SentMessage notice = telegram.awaitSent(shenzhen, 2, WAIT).get(1);
        assertThat(notice.text()).contains("Sample Times", "A fund for AI chips made in Shenzhen.")
                .doesNotContain("elderly care homes");
        holdsQuietly(() -> telegram.sentMessagesTo(shenzhen).size() == 2
                && telegram.sentMessagesTo(beijing).size() == 1);
        assertThat(telegram.sentMessagesTo(shenzhen)).hasSize(2);
        assertThat(telegram.sentMessagesTo(beijing)).hasSize(1);
    }

    @Test
    void shouldKeepTheOldLibraryAndTellTheOperatorsWhenABriefIsBroken() throws IOException {
        String before = ask(1210, "/briefs");
        long shenzhen = -1211;
        subscribe(shenzhen, 23, "Shenzhen");
        int told = telegram.sentMessagesTo(OPERATOR).size();
        int toldOther = telegram.sentMessagesTo(4343).size();

        copy(FIXTURE.resolve(SAMPLE + ".txt"), "2024-03-06-broken.txt");
        Files.writeString(seeds.resolve("2024-03-06-broken.yaml"), Files.readString(FIXTURE.resolve(SAMPLE + ".yaml"))
                .replace("proposed a fund for AI chips", "proposed a fund for quantum chips"));
        try {
            assertThat(telegram.awaitSent(OPERATOR, told + 1, WAIT).get(told).text())
                    .contains("refused", "2024-03-06-broken.yaml", "Copy the quote verbatim");
            assertThat(telegram.awaitSent(4343, toldOther + 1, WAIT)).hasSize(toldOther + 1);
            assertThat(ask(1212, "/briefs")).isEqualTo(before);
            holdsQuietly(() -> telegram.sentMessagesTo(shenzhen).size() == 1);
            assertThat(telegram.sentMessagesTo(shenzhen)).hasSize(1);
        } finally {
            Files.delete(seeds.resolve("2024-03-06-broken.yaml"));
            Files.delete(seeds.resolve("2024-03-06-broken.txt"));
        }
    }

    @Test
    void shouldReloadOnlyForOperators() {
        int told = telegram.sentMessagesTo(OPERATOR).size();
        telegram.privateMessage(1220, "/reload");
        telegram.privateMessage(OPERATOR, "/reload");

        assertThat(telegram.awaitSent(1220, 1, WAIT).get(0).text())
                .isEqualTo("<b>Only the bot's operators can reload the library.</b>");
        assertThat(telegram.awaitSent(OPERATOR, told + 1, WAIT).get(told).text()).startsWith("<b>Library reloaded: ");
    }

    @Test
    void shouldNotifyOnceOfABriefCopiedIntoTheSeedsWhileTheBotWasStopped(@TempDir Path ownSeeds) throws IOException {
        long shenzhen = -1231;
        long beijing = -1232;
        String database = memoryDatabase();
        FileSystemUtils.copyRecursively(Path.of("seeds"), ownSeeds);
        try (FakeBotApi api = FakeBotApi.start()) {
            try (ConfigurableApplicationContext first = startBot(api, database, ownSeeds)) {
                subscribe(api, shenzhen, 31, "Shenzhen");
                subscribe(api, beijing, 32, "Beijing");
            }

            Files.copy(FIXTURE.resolve(SAMPLE + ".txt"), ownSeeds.resolve(SAMPLE + ".txt"));
            Files.copy(FIXTURE.resolve(SAMPLE + ".yaml"), ownSeeds.resolve(SAMPLE + ".yaml"));
            try (ConfigurableApplicationContext second = startBot(api, database, ownSeeds)) {
                assertThat(api.awaitSent(shenzhen, 2, WAIT).get(1).text())
                        .contains("Sample Times", "A fund for AI chips made in Shenzhen.");
            }
            try (ConfigurableApplicationContext third = startBot(api, database, ownSeeds)) {
                // a second notice queued at this start would be sent while we wait
                OutboxStore outbox = third.getBean(OutboxStore.class);
                await().atMost(WAIT).until(() -> outbox.backlog() == 0);
                holdsQuietly(() -> api.sentMessagesTo(shenzhen).size() == 2 && api.sentMessagesTo(beijing).size() == 1);
            }

            assertThat(api.sentMessagesTo(shenzhen)).hasSize(2);
            assertThat(api.sentMessagesTo(beijing)).hasSize(1);
        }
    }

    /** The bot as an operator starts it, over a database and a seeds folder that outlive it. */
    private static ConfigurableApplicationContext startBot(FakeBotApi api, String database, Path seedsDir) {
        return new SpringApplicationBuilder(BriefBotApplication.class).web(WebApplicationType.NONE)
                .run("--TELEGRAM_BOT_TOKEN=" + api.token(), "--TELEGRAM_API_URL=" + api.baseUrl(),
                        "--TELEGRAM_BOT_USERNAME=BriefBot", "--spring.datasource.url=" + database,
                        "--briefbot.seeds-dir=" + seedsDir);
    }

    private static void subscribe(FakeBotApi api, long group, long admin, String region) {
        api.setChatMember(group, admin, "administrator");
        api.groupMessage(group, admin, "/subscribe " + region);
        assertThat(api.awaitSent(group, 1, WAIT).get(0).text()).contains("Subscribed: this group");
    }

    private static void subscribe(long group, long admin, String region) {
        telegram.setChatMember(group, admin, "administrator");
        telegram.groupMessage(group, admin, "/subscribe " + region);
        assertThat(telegram.awaitSent(group, 1, WAIT).get(0).text()).contains("Subscribed: this group");
    }

    private static String ask(long user, String question) {
        telegram.privateMessage(user, question);
        return text(telegram.awaitSent(user, 1, WAIT));
    }

    private static void copy(Path file, String name) {
        try {
            Files.copy(file, seeds.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
