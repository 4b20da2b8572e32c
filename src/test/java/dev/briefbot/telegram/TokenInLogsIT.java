package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import dev.briefbot.chat.ChatRouter;
import dev.briefbot.telegram.fake.BotProfile;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.Fault;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * The bot token (and, in webhook mode, the webhook secret) never reaches the logs, whatever goes wrong: the whole bot
 * with a known token against the fake Bot API, its loggers at DEBUG as an operator hunting a problem would set them,
 * and errors forced at start-up, in polling, in sending, in webhook requests and in handling, and at the stop.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenInLogsIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final BotProfile BOT = new BotProfile(424_242L, "BriefBot", "BriefBot", true, true);
    /** The part of the token that makes it a secret: what a leak would show, whole or cut. */
    private static final String TOKEN_SECRET = BOT.token().substring(BOT.token().indexOf(':') + 1);
    private static final String WEBHOOK_SECRET = "briefbot-Webhook_secret-do-not-log-0123456789";
    private static final Fault UNAUTHORIZED = new Fault(401, "Unauthorized", Map.of(), null, null, 1);
    private static final Fault BAD_MARKUP = new Fault(400, "Bad Request: can't parse entities: Unsupported start "
            + "tag \"br\" at byte offset 12", Map.of(), null, null, 1);

    /** The bot against this fake; the loggers at DEBUG and a sender quick to give up are set by the classes. */
    private static void against(DynamicPropertyRegistry registry, FakeBotApi fake) {
        registry.add("TELEGRAM_BOT_TOKEN", fake::token);
        registry.add("TELEGRAM_API_URL", fake::baseUrl);
        // asked with getMe, which start-up retries through a fault
        registry.add("TELEGRAM_BOT_USERNAME", () -> "");
        registry.add("spring.datasource.url", BotOverFakeTelegram::memoryDatabase);
    }

    /** Start-up calls that fail once each; the bot gets through them by retrying, and logs every one. */
    private static void failStartUp(FakeBotApi fake) {
        fake.fail("getMe", Fault.dropConnection());
        fake.fail("setMyCommands", Fault.serverError().times(2));
    }

    /** Sending, failed every way Telegram and the network can; each ask gets its fault in a chat of its own. */
    private static void failSending(FakeBotApi telegram, long firstChat) {
        long gaveUp = firstChat;
        long blocked = firstChat + 1;
        long markup = firstChat + 2;
        long dropped = firstChat + 3;
        long limited = firstChat + 4;
        telegram.fail("sendMessage", Fault.serverError().inChat(gaveUp).always());
        telegram.fail("sendMessage", Fault.blockedByUser().inChat(blocked));
        telegram.fail("sendMessage", BAD_MARKUP.inChat(markup));
        telegram.fail("sendMessage", Fault.dropConnection().inChat(dropped));
        telegram.fail("sendMessage", Fault.tooManyRequests(1).inChat(limited));
        for (long chat = firstChat; chat <= limited; chat++) {
            telegram.privateMessage(chat, "/region Shenzhen");
        }
        telegram.awaitSent(markup, 1, WAIT);
        telegram.awaitSent(dropped, 1, WAIT);
        telegram.awaitSent(limited, 1, WAIT);
        // two tries (max-tries), then the sender gives up
        Awaitility.await().atMost(WAIT).until(() -> sendsTo(telegram, gaveUp) >= 2);
        Awaitility.await().atMost(WAIT).until(() -> sendsTo(telegram, blocked) >= 1);
        telegram.clearFaults();
    }

    private static long sendsTo(FakeBotApi telegram, long chat) {
        return telegram.calls("sendMessage").stream().filter(call -> call.params().path("chat_id").asLong() == chat)
                .count();
    }

    private static void assertNoSecretIn(CapturedOutput output, String... secrets) {
        assertThat(output.getAll()).as("the captured logs").isNotEmpty().doesNotContain(BOT.token())
                .doesNotContain(TOKEN_SECRET);
        for (String secret : secrets) {
            assertThat(output.getAll()).as("the captured logs").doesNotContain(secret);
        }
    }

    // logging levels here, not in a DynamicPropertySource: those come too late for the logging system
    @Nested
    @SpringBootTest(properties = {"logging.level.dev.briefbot=DEBUG", "logging.level.org.telegram=DEBUG",
            "logging.level.okhttp3=DEBUG", "logging.level.org.springframework.web=DEBUG",
            "briefbot.telegram.limits.max-tries=2", "briefbot.telegram.limits.first-backoff=50ms"})
    @DirtiesContext
    class Polling {

        private static FakeBotApi telegram;

        @Autowired
        private TelegramPolling polling;

        @DynamicPropertySource
        static void pointAtNewFake(DynamicPropertyRegistry registry) {
            telegram = FakeBotApi.start(BOT);
            failStartUp(telegram);
            // registering polling deletes any webhook first: failed, it is tried again
            telegram.fail("deleteWebhook", Fault.serverError());
            against(registry, telegram);
        }

        @AfterAll
        static void stopFake() {
            telegram.close();
        }

        @Test
        void shouldNeverLogTheTokenWhenPollingSendingAndStoppingFail(CapturedOutput output) {
            telegram.awaitCalls("getUpdates", 1, WAIT);

            failPolling(Fault.serverError(), 901);
            failPolling(Fault.dropConnection(), 902);
            failPolling(Fault.timeout(Duration.ofMillis(300)), 903);
            failPolling(UNAUTHORIZED, 904);
            failPolling(Fault.conflict(), 905);
            failSending(telegram, 910);
            stopWhileTelegramFails();

            assertThat(output.getAll()).as("the faults were logged").contains("GetUpdates", "Conflict",
                    "not delivered after 2 tries", "can't parse entities", "Telegram unreachable");
            assertNoSecretIn(output);
        }

        /** The poll after the fault still brings a message, and it is answered. */
        private void failPolling(Fault fault, long chat) {
            int polls = telegram.calls("getUpdates").size();
            telegram.fail("getUpdates", fault);
            // the poll already waiting brings nothing; the next one fails
            telegram.privateMessage(chat - 100, "hello");
            telegram.awaitCalls("getUpdates", polls + 2, WAIT);
            telegram.privateMessage(chat, "/region Shenzhen");
            telegram.awaitSent(chat, 1, WAIT);
        }

        /** The confirming poll at the stop fails too; the stop reports it, token-free. */
        private void stopWhileTelegramFails() {
            telegram.fail("getUpdates", Fault.serverError().always());
            polling.stop();
            telegram.clearFaults();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = {"logging.level.dev.briefbot=DEBUG",
            "logging.level.org.telegram=DEBUG", "logging.level.okhttp3=DEBUG",
            "logging.level.org.springframework.web=DEBUG", "briefbot.telegram.limits.max-tries=2",
            "briefbot.telegram.limits.first-backoff=50ms"})
    @DirtiesContext
    class Webhook {

        private static final long FAILING_CHAT = 951;

        private static FakeBotApi telegram;

        @MockitoSpyBean
        private ChatRouter router;

        @Autowired
        private TelegramWebhook webhook;

        @DynamicPropertySource
        static void webhookModeAgainstNewFake(DynamicPropertyRegistry registry) {
            telegram = FakeBotApi.start(BOT);
            failStartUp(telegram);
            telegram.fail("setWebhook", Fault.dropConnection());
            telegram.fail("setWebhook", Fault.badGateway());
            against(registry, telegram);
            int port = freePort();
            registry.add("briefbot.telegram.mode", () -> "webhook");
            registry.add("TELEGRAM_WEBHOOK_URL", () -> "http://127.0.0.1:" + port + "/telegram/webhook");
            registry.add("TELEGRAM_WEBHOOK_SECRET", () -> WEBHOOK_SECRET);
            registry.add("server.port", () -> port);
            registry.add("management.server.port", () -> 0);
        }

        @AfterAll
        static void stopFake() {
            telegram.close();
        }

        @Test
        void shouldNeverLogTheTokenOrTheSecretWhenWebhookRequestsHandlingAndSendingFail(CapturedOutput output) {
            Awaitility.await().atMost(WAIT).until(() -> telegram.webhook().isPresent());

            refuseUnsignedAndMalformedRequests();
            failHandling();
            failSending(telegram, 960);
            webhook.stop();

            assertThat(output.getAll()).as("the faults were logged").contains("(401)", "(400)", "Update",
                    "not delivered after 2 tries", "Telegram unreachable");
            assertNoSecretIn(output, WEBHOOK_SECRET);
        }

        private void refuseUnsignedAndMalformedRequests() {
            assertThat(telegram.postToWebhook(telegram.privateMessageUpdate(941, "/region Shenzhen"),
                    WEBHOOK_SECRET + "x")).isEqualTo(401);
            assertThat(telegram.postToWebhook(telegram.privateMessageUpdate(942, "/region Shenzhen"), null))
                    .isEqualTo(401);
            assertThat(telegram.postToWebhook("{\"update_id\": 9, \"message\": ", WEBHOOK_SECRET)).isEqualTo(400);
        }

        /** The chat's answer throws: the lane logs the failure and goes on to the next update. */
        private void failHandling() {
            doThrow(new IllegalStateException("the answer broke")).when(router)
                    .reply(argThat(request -> request != null && request.chatId() == FAILING_CHAT));
            assertThat(telegram.postToWebhook(telegram.privateMessageUpdate(FAILING_CHAT, "/region Shenzhen"),
                    WEBHOOK_SECRET)).isEqualTo(200);
            telegram.privateMessage(FAILING_CHAT + 1, "/region Shenzhen");
            telegram.awaitSent(FAILING_CHAT + 1, 1, WAIT);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
