package dev.briefbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole bot over HTTP, as an operator starts it with a token: the real TelegramBots starter and client polling a
 * fake Bot API on 127.0.0.1. Each test class gets its own fake and its own application context, and both end with
 * the class: polling first, so its last offset confirmation reaches the fake and no poller outlives its Bot API.
 */
@SpringBootTest
@DirtiesContext
abstract class BotOverFakeTelegram {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** The running test class's fake, started as its context is built. */
    static FakeBotApi telegram;

    @DynamicPropertySource
    static void pointAtNewFake(DynamicPropertyRegistry registry) {
        FakeBotApi fake = FakeBotApi.start();
        telegram = fake;
        registry.add("TELEGRAM_BOT_TOKEN", fake::token);
        registry.add("TELEGRAM_API_URL", fake::baseUrl);
        registry.add("TELEGRAM_BOT_USERNAME", () -> "");
        String database = memoryDatabase();
        registry.add("spring.datasource.url", () -> database);
    }

    /** A database of the test's own, in memory: never ./data, never another class's subscriptions. */
    static String memoryDatabase() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    }

    @AfterAll
    static void stopPollingThenFake(@Autowired TelegramPolling polling) {
        polling.stop();
        telegram.close();
    }

    @BeforeEach
    void pollingHasStarted() {
        telegram.awaitCalls("getUpdates", 1, WAIT);
    }

    static String text(List<SentMessage> sent) {
        return String.join("\n", sent.stream().map(SentMessage::text).toList());
    }

    /** Time for a message that should not come, to have come. */
    static void sleepBriefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
