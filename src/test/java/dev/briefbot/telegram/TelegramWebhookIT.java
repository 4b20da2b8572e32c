package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.Webhook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import dev.briefbot.telegram.intake.TelegramPolling;
import dev.briefbot.telegram.intake.TelegramWebhook;

/**
 * Webhook mode over HTTP: the bot serves its endpoint on a real port, sets its webhook on a fake Bot API at start,
 * and the fake posts updates to it as Telegram does. The port is chosen before start-up, because the URL handed to
 * setWebhook must name it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TelegramWebhookIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "briefbot-Webhook_secret-0123456789";

    private static FakeBotApi telegram;
    private static String webhookUrl;

    @MockitoSpyBean
    private ChatRouter router;

    @DynamicPropertySource
    static void webhookModeAgainstNewFake(DynamicPropertyRegistry registry) {
        FakeBotApi fake = FakeBotApi.start();
        telegram = fake;
        int port = freePort();
        webhookUrl = "http://127.0.0.1:" + port + "/telegram/webhook";
        registry.add("TELEGRAM_BOT_TOKEN", fake::token);
        registry.add("TELEGRAM_API_URL", fake::baseUrl);
        registry.add("TELEGRAM_BOT_USERNAME", () -> "");
        registry.add("spring.datasource.url", BotOverFakeTelegram::memoryDatabase);
        registry.add("briefbot.telegram.mode", () -> "webhook");
        registry.add("TELEGRAM_WEBHOOK_URL", () -> webhookUrl);
        registry.add("TELEGRAM_WEBHOOK_SECRET", () -> SECRET);
        registry.add("server.port", () -> port);
        registry.add("management.server.port", () -> 0);
    }

    @AfterAll
    static void stopWebhookThenFake(@Autowired TelegramWebhook webhook) {
        webhook.stop();
        telegram.close();
    }

    @BeforeEach
    void webhookIsSet() {
        Awaitility.await().atMost(WAIT).until(() -> telegram.webhook().isPresent());
    }

    @Test
    void shouldSetWebhookAtStartWithUrlSecretAndTheUpdatesItHandles() {
        Webhook webhook = telegram.webhook().orElseThrow();

        assertThat(webhook.url()).isEqualTo(webhookUrl);
        assertThat(webhook.secret()).isEqualTo(SECRET);
        assertThat(webhook.allowedUpdates()).containsExactlyElementsOf(TelegramPolling.ALLOWED_UPDATES)
                .contains("edited_message");
        assertThat(telegram.calls("getUpdates")).as("a webhook bot never polls").isEmpty();
    }

    @Test
    void shouldAnswerUpdateTelegramPostsToTheWebhook() {
        telegram.privateMessage(801, "/region Shenzhen");

        assertThat(BotOverFakeTelegram.text(telegram.awaitSent(801, 1, WAIT))).contains("Xia Jun");
        assertThat(telegram.webhookAnswers()).contains(200);
        Awaitility.await().atMost(WAIT).until(() -> telegram.pendingUpdates() == 0);
    }

    @Test
    void shouldAnswerSignedUpdatePostedDirectly() {
        int status = telegram.postToWebhook(telegram.privateMessageUpdate(802, "who proposed AI robots for elderly "
                + "care?"), SECRET);

        assertThat(status).isEqualTo(200);
        assertThat(BotOverFakeTelegram.text(telegram.awaitSent(802, 1, WAIT))).containsIgnoringCase("elderly");
    }

    @Test
    void shouldAnswerAnUpdateTelegramPostsTwiceOnce() {
        JsonNode update = telegram.privateMessageUpdate(803, "/region Shenzhen");

        assertThat(telegram.postToWebhook(update, SECRET)).isEqualTo(200);
        assertThat(telegram.postToWebhook(update, SECRET)).isEqualTo(200);

        telegram.awaitSent(803, 1, WAIT);
        BotOverFakeTelegram.holdsQuietly(() -> telegram.sentMessagesTo(803).size() == 1);
        assertThat(telegram.sentMessagesTo(803)).hasSize(1);
    }

    static Stream<Arguments> wrongSecrets() {
        return Stream.of(
                Arguments.of(811, "missing", null),
                Arguments.of(812, "empty", ""),
                Arguments.of(813, "wrong", "briefbot-Webhook_secret-0123456780"),
                Arguments.of(814, "the right one with more after it", SECRET + "0"),
                Arguments.of(815, "over-long", "a".repeat(257)),
                Arguments.of(816, "with characters Telegram never sends", "briefbot-Webhook secret=0123456789"));
    }

    @ParameterizedTest(name = "{1} secret")
    @MethodSource("wrongSecrets")
    void shouldRefuseUpdateWithoutTheRightSecretAndProcessNothing(long chat, String what, String secret,
            CapturedOutput output) {
        int status = telegram.postToWebhook(telegram.privateMessageUpdate(chat, "/region Shenzhen"), secret);

        assertThat(status).isEqualTo(401);
        BotOverFakeTelegram.holdsQuietly(() -> telegram.sentMessagesTo(chat).isEmpty());
        assertThat(telegram.sentMessagesTo(chat)).isEmpty();
        verify(router, never()).reply(argThat(request -> request != null && request.chatId() == chat));
        assertThat(output).contains("Refused a webhook request without the right secret token (401)")
                .doesNotContain(SECRET).doesNotContain(telegram.token());
    }

    @Test
    void shouldRefuseMalformedUpdateWithoutLoggingIt(CapturedOutput output) {
        assertThat(telegram.postToWebhook("{\"update_id\": 9, \"message\": PRIVATE-WORDS", SECRET)).isEqualTo(400);
        assertThat(telegram.postToWebhook("{\"message\": {\"text\": \"PRIVATE-WORDS\"}}", SECRET)).isEqualTo(400);

        assertThat(output).contains("Refused a signed webhook request (400)")
                .doesNotContain("PRIVATE-WORDS").doesNotContain(SECRET).doesNotContain(telegram.token());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
