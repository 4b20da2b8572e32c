package dev.briefbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;

import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.SentMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dev.briefbot.telegram.intake.TelegramPolling;

/**
 * The whole bot over HTTP, as an operator starts it with a token: the real TelegramBots starter and client polling a
 * fake Bot API on 127.0.0.1. Each test class gets its own fake and its own application context, and both end with
 * the class: polling first, so its last offset confirmation reaches the fake and no poller outlives its Bot API.
 */
@SpringBootTest
@DirtiesContext
abstract class BotOverFakeTelegram {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** How long a message that should not come is given to come, where nothing signals that it will not. */
    static final Duration QUIET = Duration.ofMillis(500);

    @Autowired
    private MeterRegistry meters;

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

    /**
     * Waits for the bot's own signal that it is done with every update the fake has posted: each was taken (polling
     * has confirmed it past the fake's queue) and handled (the update report counted its outcome). Whatever the bot
     * sends in answer, retries included, has been sent by then; a message that should not come would have come.
     */
    void awaitEveryUpdateHandled() {
        await().atMost(WAIT).until(() -> telegram.pendingUpdates() == 0
                && total("briefbot.updates.handled") >= total("briefbot.updates.received"));
    }

    /**
     * Asserts that the condition holds, and goes on holding for {@link #QUIET}: for what the bot sends in its own time
     * (the outbox, another process), where no signal says that nothing more will come.
     */
    static void holdsQuietly(Callable<Boolean> condition) {
        await().during(QUIET).atMost(QUIET.plus(WAIT)).until(condition);
    }

    private double total(String counter) {
        return meters.find(counter).counters().stream().mapToDouble(Counter::count).sum();
    }
}
