package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.BriefBotApplication;
import dev.briefbot.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A stop while a long poll is open, as on every deploy: the poll is cut short (its thread interrupted, then ended by
 * the confirming poll). That is said once, at INFO, with no stack trace: an operator who alerts on ERROR is not paged.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramQuietStopIT {

    private static final String CUT_SHORT = "Stopping: the open long poll was cut short";

    @Test
    void shouldSayOnceAtInfoThatTheOpenPollWasCutShort(CapturedOutput output) {
        try (FakeBotApi telegram = FakeBotApi.start()) {
            // a poll answered a moment late: the stop's interrupt finds the answer half read
            telegram.setLatency(Duration.ofMillis(200));
            ConfigurableApplicationContext bot = new SpringApplicationBuilder(BriefBotApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--TELEGRAM_BOT_TOKEN=" + telegram.token(), "--TELEGRAM_API_URL=" + telegram.baseUrl(),
                            "--TELEGRAM_BOT_USERNAME=BriefBot",
                            "--spring.datasource.url=" + BotOverFakeTelegram.memoryDatabase());
            try {
                // the long poll, open until there is news; and the bot done starting (its menu set)
                telegram.awaitCalls("getUpdates", 1, BotOverFakeTelegram.WAIT);
                telegram.awaitCalls("setMyCommands", 3, BotOverFakeTelegram.WAIT);
            } finally {
                bot.close();
            }
        }

        String stop = output.getAll();
        assertThat(occurrences(stop, CUT_SHORT)).as("told once").isEqualTo(1);
        assertThat(lineOf(stop, CUT_SHORT)).contains(" INFO ");
        assertThat(stop).contains("Telegram bot stopped")
                .doesNotContain(" ERROR ", " WARN ", "InterruptedIOException", "Exception", "\tat ");
    }

    private static int occurrences(String text, String phrase) {
        Matcher found = Pattern.compile(Pattern.quote(phrase)).matcher(text);
        int count = 0;
        while (found.find()) {
            count++;
        }
        return count;
    }

    private static String lineOf(String text, String phrase) {
        return text.lines().filter(line -> line.contains(phrase)).findFirst().orElse("");
    }
}
