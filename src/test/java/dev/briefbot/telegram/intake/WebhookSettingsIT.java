package dev.briefbot.telegram.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import dev.briefbot.BriefBotApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Webhook settings that cannot work stop start-up in webhook mode, naming the property and never the secret. */
@ExtendWith(OutputCaptureExtension.class)
class WebhookSettingsIT {

    private static final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
    private static final Validator validator = validation.getValidator();
    private static final String URL = "https://bot.example.org/telegram/webhook";
    private static final String PATH = "/telegram/webhook";

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    static Stream<String> secretsTelegramAccepts() {
        return Stream.of("a", "0123456789abcdef_-ABCDEF", "x".repeat(256));
    }

    static Stream<String> secretsTelegramRefuses() {
        return Stream.of("", "has space", "trailing-newline\n", "x".repeat(257), "non-ascii-é", "semi;colon");
    }

    @ParameterizedTest
    @MethodSource("secretsTelegramAccepts")
    void shouldAcceptSecretTelegramAccepts(String secret) {
        assertThat(new WebhookSettings(PATH, URL, secret).checked(validator).secret()).isEqualTo(secret);
    }

    @ParameterizedTest
    @MethodSource("secretsTelegramRefuses")
    void shouldRefuseSecretTelegramRefusesWithoutQuotingIt(String secret) {
        assertThatThrownBy(() -> new WebhookSettings(PATH, URL, secret).checked(validator))
                .hasMessageContaining("briefbot.telegram.webhook.secret (TELEGRAM_WEBHOOK_SECRET)")
                .hasMessageContaining("A-Z, a-z, 0-9, _ and -")
                .satisfies(refused -> {
                    if (!secret.isEmpty()) {
                        assertThat(refused.getMessage()).doesNotContain(secret);
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bot.example.org/telegram/webhook", "https://bot.example.org:8443/hook",
            "http://127.0.0.1:8080/telegram/webhook", "http://localhost:8080/telegram/webhook"})
    void shouldAcceptHttpsOrLoopbackUrl(String url) {
        assertThat(new WebhookSettings(PATH, url, "secret").checked(validator).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://bot.example.org/telegram/webhook", "ftp://bot.example.org/x", "bot.example.org",
            "https:///no-host", "https://bad host/"})
    void shouldRefuseUrlTelegramCannotPostTo(String url) {
        assertThatThrownBy(() -> new WebhookSettings(PATH, url, "secret").checked(validator))
                .hasMessageContaining("briefbot.telegram.webhook.url (TELEGRAM_WEBHOOK_URL) must be the public "
                        + "https:// URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "telegram/webhook", "/with space", "/query?x=1"})
    void shouldRefusePathThatIsNotAPath(String path) {
        assertThatThrownBy(() -> new WebhookSettings(path, URL, "secret").checked(validator))
                .hasMessageContaining("briefbot.telegram.webhook.path must be a path starting with /");
    }

    @Test
    void shouldNeverPrintTheSecret() {
        assertThat(new WebhookSettings(PATH, URL, "very-secret").toString()).doesNotContain("very-secret");
    }

    /** One real start-up (the cases above cover the rest): the secret with a space an operator pasted. */
    @Test
    void shouldFailStartUpInWebhookModeNamingTheSecretProperty(CapturedOutput output) {
        String secret = "pasted with-a-space";
        // as arguments, which outrank config/application.yml as they do for an operator
        // no username, and nothing listens at the API URL: the refusal must come before Telegram is asked who we are
        String[] arguments = {"--TELEGRAM_BOT_TOKEN=123456:start-up-test-token",
                "--TELEGRAM_API_URL=http://127.0.0.1:9", "--briefbot.telegram.mode=webhook",
                "--TELEGRAM_WEBHOOK_URL=" + URL, "--TELEGRAM_WEBHOOK_SECRET=" + secret,
                "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--management.server.port=0"};

        assertThatThrownBy(() -> new SpringApplicationBuilder(BriefBotApplication.class).run(arguments).close())
                .rootCause().hasMessageContaining("briefbot.telegram.webhook.secret (TELEGRAM_WEBHOOK_SECRET)");
        // Boot's short report, not a stack trace
        assertThat(output).contains("APPLICATION FAILED TO START", "BriefBot's settings were refused",
                "briefbot.telegram.webhook.secret (TELEGRAM_WEBHOOK_SECRET) must be 1 to 256 characters")
                .doesNotContain(secret).doesNotContain("start-up-test-token");
    }
}
