package dev.briefbot;

import dev.briefbot.chat.TelegramToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The bot as an operator starts it, with a token and one wrong value: it stops at binding, before Telegram is asked
 * anything, with Boot's report that names the property and what it accepts (the API URL is a closed local port, so a
 * start-up that went further could not reach Telegram either).
 */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingsStartUpIT {

    private static final String TOKEN = "123456:bad-settings-TOKEN";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            briefbot.telegram.limits.global-per-second=0 | Property: briefbot.telegram.limits.global-per-second | must be at least 1 (messages a second from the whole bot
            briefbot.telegram.delivery.first-retry=-5m   | Property: briefbot.telegram.delivery.first-retry     | must be a duration of zero or more, e.g. 1m
            briefbot.telegram.mode=hook                  | Property: briefbot.telegram.mode                      | The following values are valid:\\n\\n    POLLING\\n    WEBHOOK
            briefbot.seeds-dir=no-such-folder            | briefbot.seeds-dir                                    | must be a readable folder of briefs (<id>.txt beside <id>.yaml)
            """)
    void shouldStopStartUpNamingThePropertyAndWhatItAccepts(String setting, String property, String accepts,
            CapturedOutput output) {
        assertThatThrownBy(() -> start("--" + setting).close()).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START", property, accepts.replace("\\n", "\n"))
                .doesNotContain(TOKEN);
    }

    private static AutoCloseable start(String setting) {
        return new SpringApplicationBuilder(BriefBotApplication.class).web(WebApplicationType.NONE).run(
                "--" + TelegramToken.VARIABLE + "=" + TOKEN, "--TELEGRAM_API_URL=http://127.0.0.1:9",
                "--TELEGRAM_BOT_USERNAME=BriefBot",
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                setting);
    }
}
