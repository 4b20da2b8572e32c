package dev.briefbot.console;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefbot.BriefBotApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application started as {@code java -jar briefbot.jar ...} starts it (without the final System.exit),
 * with standard input replaced: standard output must carry the console's replies and nothing else.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleApplicationIT {

    private final InputStream terminal = System.in;

    @BeforeEach
    void typeNothing() {
        type("");
    }

    @AfterEach
    void restoreTerminal() {
        System.setIn(terminal);
    }

    @Test
    void shouldPrintOnlyTheAnswerToAskedQuestion(CapturedOutput output) {
        try (ConfigurableApplicationContext context = BriefBotApplication.start("--ask=/region Shenzhen")) {
            String answer = context.getBean(Conversation.class).reply("/region Shenzhen");

            assertThat(answer).contains("Xia Jun").contains("Global Times");
            assertThat(output.getOut()).isEqualTo(answer + System.lineSeparator());
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void shouldAnswerStandardInputAsJsonLinesInOrder(CapturedOutput output) {
        type("/region Shenzhen\n\nwho proposed AI robots for elderly care?\n/advisor Xu Li\n");

        try (ConfigurableApplicationContext context = BriefBotApplication.start("--ask", "-")) {
            List<JsonNode> lines = output.getOut().lines().map(ConsoleApplicationIT::json).toList();

            assertThat(lines).extracting(line -> line.get("question").asText())
                    .containsExactly("/region Shenzhen", "who proposed AI robots for elderly care?", "/advisor Xu Li");
            assertThat(lines.get(0).get("reply").asText()).contains("Xia Jun");
            assertThat(lines.get(1).get("reply").asText()).contains("Wu Wenyan");
            assertThat(lines.get(2).get("reply").asText()).contains("SenseTime");
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void shouldChatWithoutStartupLinesOnStandardOutput(CapturedOutput output) {
        type("/region 深圳\n");

        try (ConfigurableApplicationContext context = BriefBotApplication.start()) {
            assertThat(output.getOut()).startsWith(InteractiveChat.GREETING + System.lineSeparator() + "> Shenzhen")
                    .endsWith("> " + System.lineSeparator())
                    .doesNotContain("Started ");
            assertThat(output.getErr()).contains("Started ");
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void shouldStepAsideForTheTelegramBotWhenATokenIsSet(CapturedOutput output) {
        type("/region Shenzhen\n");

        // nothing listens on port 9: the bot keeps retrying in the background while the test looks at the console
        try (ConfigurableApplicationContext context = BriefBotApplication.start("--TELEGRAM_BOT_TOKEN=123:fake",
                "--TELEGRAM_BOT_USERNAME=BriefBot", "--TELEGRAM_API_URL=http://127.0.0.1:9")) {
            assertThat(ConsoleRunner.ranIn(context)).isFalse();
            assertThat(output.getOut()).isEmpty();
            assertThat(output.getErr()).doesNotContain("123:fake");
        }
    }

    @Test
    void shouldRunTheConsoleWhenTheTokenIsBlank(CapturedOutput output) {
        try (ConfigurableApplicationContext context = BriefBotApplication.start("--TELEGRAM_BOT_TOKEN= ")) {
            assertThat(ConsoleRunner.ranIn(context)).isTrue();
            assertThat(output.getOut()).startsWith(InteractiveChat.GREETING);
        }
    }

    private static void type(String lines) {
        System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception notJson) {
            throw new AssertionError("standard output carries a line that is not JSON: " + line, notJson);
        }
    }
}
