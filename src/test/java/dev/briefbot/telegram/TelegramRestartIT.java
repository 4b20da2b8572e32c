package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.briefbot.BriefBotApplication;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bot stopped and started again against the same Bot API: Telegram forgets an update only once a getUpdates asks
 * past it, so whatever the first bot answered must be confirmed before it goes, or the second answers it again.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeBotApi telegram = FakeBotApi.start();
    /** One database for both lives of the bot, as a restart keeps its ./data. */
    private final String database = BotOverFakeTelegram.memoryDatabase();

    @AfterEach
    void neverShowTheToken(CapturedOutput output) {
        telegram.close();
        String secret = telegram.token().substring(telegram.token().indexOf(':') + 1);
        assertThat(output.getAll()).doesNotContain(telegram.token()).doesNotContain(secret);
    }

    @Test
    void shouldNotAnswerOldMessagesAgainAfterARestart() {
        try (ConfigurableApplicationContext first = startBot()) {
            telegram.privateMessage(901, "/region Shenzhen");
            telegram.privateMessage(902, "/region Shanghai");
            telegram.awaitSent(901, 1, WAIT);
            telegram.awaitSent(902, 1, WAIT);
        }
        int answered = telegram.sentMessages().size();

        try (ConfigurableApplicationContext second = startBot()) {
            telegram.privateMessage(903, "/region Shenzhen");
            telegram.awaitSent(903, 1, WAIT);
        }

        assertThat(telegram.sentMessages()).hasSize(answered + telegram.sentMessagesTo(903).size());
        assertThat(telegram.pendingUpdates()).isZero();
    }

    @Test
    void shouldStopWithoutAnErrorOrAFalseAlarm(CapturedOutput output) {
        try (ConfigurableApplicationContext bot = startBot()) {
            telegram.privateMessage(921, "/region Shenzhen");
            telegram.awaitSent(921, 1, WAIT);
            telegram.awaitCalls("getUpdates", 2, WAIT);
        }
        // the confirming poll ended the one still open with 409, as Telegram does: that is no rival instance; and a
        // poll cut short by the stop is no error either
        assertThat(output.getAll()).contains("Telegram bot stopped").doesNotContain("409 Conflict")
                .doesNotContain("GetUpdates Request").doesNotContain("interrupted");
    }

    @Test
    void shouldNotAnswerAgainWhenThePollThatWouldConfirmTheAnswerFailed() {
        try (ConfigurableApplicationContext first = startBot()) {
            int polls = telegram.awaitCalls("getUpdates", 1, WAIT).size();
            // the poll waiting now brings the message; the next one, which would confirm it, hangs and drops
            telegram.fail("getUpdates", Fault.timeout(Duration.ofSeconds(2)));
            telegram.privateMessage(911, "/region Shenzhen");
            telegram.awaitSent(911, 1, WAIT);
            telegram.awaitCalls("getUpdates", polls + 1, WAIT);
        }
        int answered = telegram.sentMessagesTo(911).size();

        try (ConfigurableApplicationContext second = startBot()) {
            telegram.privateMessage(912, "/region Shanghai");
            telegram.awaitSent(912, 1, WAIT);
        }

        assertThat(telegram.sentMessagesTo(911)).hasSize(answered);
    }

    /** The application as an operator starts it with a token, without the console. */
    private ConfigurableApplicationContext startBot() {
        return new SpringApplicationBuilder(BriefBotApplication.class).web(WebApplicationType.NONE)
                .run("--TELEGRAM_BOT_TOKEN=" + telegram.token(), "--TELEGRAM_API_URL=" + telegram.baseUrl(),
                        "--TELEGRAM_BOT_USERNAME=BriefBot",
                        "--spring.datasource.url=" + database);
    }
}
