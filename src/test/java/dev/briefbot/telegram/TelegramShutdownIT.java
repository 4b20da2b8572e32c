package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.briefbot.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM, as {@code docker stop} and systemd send it, to the bot run as an operator runs it (a JVM of its own, an H2
 * file in a temporary folder) while it is answering: polling stops, the lanes answer what they had received, the
 * sends under way finish, and the JVM exits within the shutdown grace and a few seconds, even when Telegram is too
 * slow for the grace.
 */
class TelegramShutdownIT {

    // a signal, not a sleep: generous, for a machine that other builds share
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * What a stop may take past the grace: the confirming poll and the polling thread's end (at most 5 s each), and
     * Spring closing the rest. The README promises the grace and 10 s; a loaded machine gets a little more here.
     */
    private static final Duration PAST_GRACE = Duration.ofSeconds(15);
    /** The JVM's exit status after SIGTERM (128 + 15): Spring Boot runs its shutdown hook and sets no other. */
    private static final int TERMINATED = 143;
    private static final List<Long> CHATS = List.of(1201L, 1202L, 1203L);
    /** More than a chat's burst of three: the last answer in each chat also waits for Telegram's per-chat pace. */
    private static final int QUESTIONS = 4;

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
    void shouldAnswerEveryQuestionReceivedBeforeSigtermThenExitAndNotAnswerThemAgainAfterRestart() {
        Duration grace = Duration.ofSeconds(10);
        // each call takes Telegram a moment: at SIGTERM the lanes hold questions and answers are on their way
        telegram.setLatency(Duration.ofMillis(400));
        BotProcess bot = startBot(grace);

        long last = askEveryChat();
        awaitReceived(bot, last);
        int answeredAtSigterm = telegram.sentMessages().size();
        int status = bot.terminate(grace.plus(PAST_GRACE));

        assertThat(answeredAtSigterm).as("answers sent before SIGTERM").isLessThan(CHATS.size() * QUESTIONS);
        assertThat(status).as("exit status").isEqualTo(TERMINATED);
        assertThat(CHATS).allSatisfy(chat -> assertThat(telegram.sentMessagesTo(chat)).as("answers in chat %d", chat)
                .hasSize(QUESTIONS).allSatisfy(sent -> assertThat(sent.text()).contains("Xia Jun")));
        assertThat(bot.output()).contains("Telegram polling stopped", "the lanes have answered every update they held",
                "Telegram bot stopped").doesNotContain(" ERROR ", "Exception", "\tat ");
        assertThat(telegram.pendingUpdates()).as("updates Telegram would send again").isZero();

        int polls = telegram.calls("getUpdates").size();
        BotProcess restarted = startBot(grace);
        telegram.awaitCalls("getUpdates", polls + 1, WAIT);
        // a resent update would be answered within a second of the restart's first poll
        await().during(BotOverFakeTelegram.QUIET.multipliedBy(2)).atMost(WAIT).until(() -> CHATS.stream()
                .allMatch(chat -> telegram.sentMessagesTo(chat).size() == QUESTIONS));
        restarted.terminate(grace.plus(PAST_GRACE));
        assertThat(CHATS).allSatisfy(chat -> assertThat(telegram.sentMessagesTo(chat))
                .as("answers in chat %d after the restart", chat).hasSize(QUESTIONS));
    }

    @Test
    void shouldExitWithinTheGraceAndAFewSecondsWhenTelegramIsTooSlowForIt() {
        Duration grace = Duration.ofSeconds(1);
        // every call, the confirming poll included, takes longer than the whole grace
        telegram.setLatency(Duration.ofSeconds(5));
        BotProcess bot = startBot(grace);

        awaitReceived(bot, askEveryChat());
        int status = bot.terminate(grace.plus(PAST_GRACE));

        assertThat(status).as("exit status").isEqualTo(TERMINATED);
        assertThat(bot.output()).contains("Telegram polling stopped", "were not answered in time",
                "Telegram bot stopped").doesNotContain(" ERROR ", "\tat ");
    }

    /** The bot with this grace, its web and management servers on free ports: nothing else here may hold 8080. */
    private BotProcess startBot(Duration grace) {
        BotProcess bot = BotProcess.start(folder, "bot-" + (lives.size() + 1), List.of(
                "--TELEGRAM_BOT_TOKEN=" + telegram.token(), "--TELEGRAM_API_URL=" + telegram.baseUrl(),
                "--TELEGRAM_BOT_USERNAME=BriefBot",
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("data").resolve("briefbot")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--server.port=0", "--management.server.port=0",
                "--briefbot.telegram.shutdown-grace=" + grace.toMillis() + "ms"));
        lives.add(bot);
        bot.awaitOutput("Telegram bot is polling for updates", START);
        return bot;
    }

    /** {@value #QUESTIONS} questions in each chat, all at once; returns the last update's id. */
    private long askEveryChat() {
        long last = 0;
        for (int i = 0; i < QUESTIONS; i++) {
            for (long chat : CHATS) {
                last = telegram.privateMessage(chat, "/region Shenzhen").get("update_id").asLong();
            }
        }
        return last;
    }

    /** The bot has every update up to {@code last}: it has polled past it. */
    private void awaitReceived(BotProcess bot, long last) {
        await("a poll past update " + last).atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            assertThat(bot.isAlive()).as("the bot runs").isTrue();
            return telegram.calls("getUpdates").stream()
                    .anyMatch(poll -> poll.params().path("offset").asLong() > last);
        });
    }
}
