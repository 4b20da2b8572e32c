package dev.briefbot.telegram.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.briefbot.BriefBotApplication;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.RateLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 3's load runs, through the whole application (TelegramBots polling, lanes, chat, sender) against the fake
 * Bot API: (a) as fast as it goes, (b) under Telegram's limits with 100 ms latency, (c) the same for the library's
 * default bot, the baseline. Not part of {@code ./mvnw verify} (surefire does not pick up a "Harness", and a
 * {@code -Dtest} pattern that does finds it skipped); run it with {@code ./mvnw -Pload verify}, which sets
 * {@code briefbot.load}. Figures go to standard output, lines starting "LOAD".
 */
@EnabledIfSystemProperty(named = "briefbot.load", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramLoadHarness {

    private static final int UPDATES = Integer.getInteger("load.updates", 20_000);
    private static final int CHATS = Integer.getInteger("load.chats", 1_000);
    private static final int WARM_UP = 2_000;
    /** Telegram's ceiling, offered in (b) and (c): a bot as busy as Telegram lets it be. */
    private static final int OFFERED_PER_SECOND = 30;
    private static final int LIMITED_CHATS = 500;
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
    /** Sends are counted after the first seconds of load, once every lane has work: the pace, not the start. */
    private static final Duration RAMP = Duration.ofSeconds(5);
    private static final Duration LATENCY = Duration.ofMillis(100);
    // the flood guard's default lets a user ask 20 times a minute: the lone user asks 15 times
    private static final Duration LONE_EVERY = Duration.ofSeconds(4);
    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final Duration START_UP = Duration.ofSeconds(60);

    /** (a): the sender's limits out of reach, no flood guard; Telegram's limits are the fake's business. */
    private static final List<String> NO_LIMITS = List.of("--briefbot.telegram.limits.global-per-second=1000000",
            "--briefbot.telegram.limits.chat-per-second=1000000", "--briefbot.telegram.limits.chat-burst=1000000",
            "--briefbot.telegram.limits.group-per-minute=1000000", "--briefbot.telegram.flood.per-minute=0");

    private static double oursSendsPerSecond;
    private static double baselineSendsPerSecond;

    @Test
    @Order(1)
    void withoutLimitsOrLatency() throws InterruptedException {
        try (FakeBotApi telegram = FakeBotApi.start(); ConfigurableApplicationContext bot = briefBot(telegram, NO_LIMITS)) {
            LoadRun run = new LoadRun(telegram, bot.getBean(ChatRouter.class), bot.getBean(TelegramHtmlRenderer.class));
            run.queueAtOnce(WARM_UP, CHATS, 1);
            assertThat(run.awaitReplies(START_UP)).as("warm-up answered").isTrue();

            Instant start = run.queueAtOnce(UPDATES, CHATS, 1);
            run.awaitReplies(Duration.ofMinutes(2));

            LoadRun.Outcome outcome = run.outcome();
            report("(a) no limits, no latency: %,d updates from %,d chats: %,.0f updates/s end to end; %s",
                    UPDATES, CHATS, run.updatesPerSecond(start, UPDATES), outcome);
            assertThat(outcome.missing()).isZero();
        }
    }

    @Test
    @Order(2)
    void underTelegramsLimits() throws InterruptedException {
        try (FakeBotApi telegram = FakeBotApi.start(); ConfigurableApplicationContext bot = briefBot(telegram, List.of())) {
            LoadRun run = new LoadRun(telegram, bot.getBean(ChatRouter.class), bot.getBean(TelegramHtmlRenderer.class));
            underLimits(telegram);

            Instant start = run.offer(OFFERED_PER_SECOND, RAMP.plus(LENGTH), LIMITED_CHATS, 1, LONE_EVERY);
            boolean answered = run.awaitReplies(DRAIN);

            oursSendsPerSecond = run.sendsPerSecond(start.plus(RAMP), LENGTH);
            LoadRun.Outcome outcome = reportLimited("(b) BriefBot", run, start, answered);
            assertThat(outcome.tooManyRequests()).isZero();
            assertThat(outcome.missing()).isZero();
        }
    }

    @Test
    @Order(3)
    void libraryDefaultBotUnderTelegramsLimits() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start(); ConfigurableApplicationContext chat = chatOnly()) {
            ChatRouter router = chat.getBean(ChatRouter.class);
            TelegramHtmlRenderer renderer = chat.getBean(TelegramHtmlRenderer.class);
            try (LibraryDefaultBot bot = LibraryDefaultBot.start(telegram, router, renderer)) {
                telegram.awaitCalls("getUpdates", 1, START_UP);
                LoadRun run = new LoadRun(telegram, router, renderer);
                underLimits(telegram);

                Instant start = run.offer(OFFERED_PER_SECOND, RAMP.plus(LENGTH), LIMITED_CHATS, 1, LONE_EVERY);
                boolean answered = run.awaitReplies(DRAIN);

                baselineSendsPerSecond = run.sendsPerSecond(start.plus(RAMP), LENGTH);
                reportLimited("(c) LongPollingSingleThreadUpdateConsumer", run, start, answered);
                report("(c) sends refused and dropped by the baseline: %d", bot.refused());
            }
        }
    }

    @AfterAll
    static void ratio() {
        if (oursSendsPerSecond > 0 && baselineSendsPerSecond > 0) {
            report("(b)/(c) sustained sends: %.1f/s against %.1f/s, %.1f times the baseline", oursSendsPerSecond,
                    baselineSendsPerSecond, oursSendsPerSecond / baselineSendsPerSecond);
        }
    }

    private static void underLimits(FakeBotApi telegram) {
        telegram.setLatency(LATENCY);
        telegram.enforceRateLimits(RateLimits.telegram());
    }

    private static LoadRun.Outcome reportLimited(String bot, LoadRun run, Instant start, boolean answered) {
        LoadRun.Outcome outcome = run.outcome();
        double sends = run.sendsPerSecond(start.plus(RAMP), LENGTH);
        report("%s, Telegram's limits, %d ms latency, %d chats offering %d updates/s for %d s: sustained sends "
                + "%.2f/s over the last %d s (%.1f %% of 30/s), at most %d in any second; %s%s", bot,
                LATENCY.toMillis(), LIMITED_CHATS, OFFERED_PER_SECOND, RAMP.plus(LENGTH).toSeconds(), sends,
                LENGTH.toSeconds(), sends / 30 * 100, run.mostSendsInAnySecond(), outcome,
                answered ? "" : "; not all answered " + DRAIN.toSeconds() + " s after the load stopped");
        List<Duration> waits = run.loneWaits();
        report("%s, lone user (one question every %d s): %d asked, %d answered; wait p50 %s, p99 %s, max %s", bot,
                LONE_EVERY.toSeconds(), run.loneQuestions(), waits.size(), percentile(waits, run.loneQuestions(), 50),
                percentile(waits, run.loneQuestions(), 99), percentile(waits, run.loneQuestions(), 100));
        return outcome;
    }

    /** Nearest rank over every question asked; an unanswered one ranks above every answered one. */
    static String percentile(List<Duration> waits, int asked, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * asked);
        if (rank == 0) {
            return "-";
        }
        if (rank > waits.size()) {
            return "unanswered";
        }
        List<Duration> sorted = waits.stream().sorted().toList();
        return String.format(Locale.ROOT, "%.2f s", LoadRun.seconds(sorted.get(rank - 1)));
    }

    /** The application as {@code java -jar} starts it with a token, pointed at the fake; no console. */
    private static ConfigurableApplicationContext briefBot(FakeBotApi telegram, List<String> settings) {
        List<String> args = new ArrayList<>(List.of("--TELEGRAM_BOT_TOKEN=" + telegram.token(),
                "--TELEGRAM_API_URL=" + telegram.baseUrl(), "--TELEGRAM_BOT_USERNAME=BriefBot",
                "--spring.datasource.url=jdbc:h2:mem:load;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        args.addAll(settings);
        ConfigurableApplicationContext context = quiet().run(args.toArray(String[]::new));
        telegram.awaitCalls("getUpdates", 1, START_UP);
        return context;
    }

    /** Without a token: the library, the answers and the chat layer, nothing of Telegram. */
    private static ConfigurableApplicationContext chatOnly() {
        return quiet().run("--TELEGRAM_BOT_TOKEN=");
    }

    private static SpringApplicationBuilder quiet() {
        return new SpringApplicationBuilder(BriefBotApplication.class).properties("logging.level.root=warn",
                "spring.main.log-startup-info=false");
    }

    private static void report(String format, Object... values) {
        System.out.println("LOAD " + String.format(Locale.ROOT, format, values));
    }
}
