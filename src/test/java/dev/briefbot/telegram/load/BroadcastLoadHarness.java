package dev.briefbot.telegram.load;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import dev.briefbot.BriefBotApplication;
import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.subscription.Outboxes;
import dev.briefbot.subscription.OutboxStore.Notification;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.RateLimits;
import dev.briefbot.telegram.fake.SentMessage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's broadcast benchmark: one notification for each of 10,000 subscribed chats (private chats and groups)
 * written to the outbox, as a new brief writes them, and delivered by the whole bot (outbox worker, sender, limiter)
 * to the fake Bot API, which enforces Telegram's limits ×30 ({@code -Dbroadcast.scale}). Completion runs from the
 * recording committed to the last message the fake accepted, against the ceiling, N / the allowed rate. Not part of
 * {@code ./mvnw verify}; run with {@code ./mvnw -Pload verify -Dtest=BroadcastLoadHarness} (docs/benchmarks.md).
 * Figures go to standard output, lines starting "BROADCAST".
 * <p>
 * The scale is applied to rates, on both sides: at ×30 the fake counts 900 messages in any second, a chat a burst
 * of 3 then 30 a second, a group 600 in any minute, and the bot's {@code briefbot.telegram.limits.*} say the
 * same; every other time of the bot's is divided by 30 (the outbox's poll interval, the back-offs, the fake's
 * latency). ×30 is where 2 cores measure the pacing: at ×100 they measure the CPU (ratio 2.26 on them). The
 * sender's clock cannot be sped up by configuration, so its windows (a second, a minute, the 1.04 s departure window)
 * stay in real time: see docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "briefbot.load", matches = "true")
class BroadcastLoadHarness {

    /** Telegram's limits and times ×30 by default: at ×100 two cores are the bottleneck, not the pacing. */
    private static final int SCALE = Integer.getInteger("broadcast.scale", 30);
    private static final int CHATS = Integer.getInteger("broadcast.chats", 10_000);
    /** A broadcast to other chats first, so the JIT has compiled the path the measured one takes. */
    private static final int WARM_UP = Integer.getInteger("broadcast.warm-up", 2_000);
    private static final int WORKERS = Integer.getInteger("broadcast.workers", 8);
    private static final int BATCH = Integer.getInteger("broadcast.batch", 500);
    /** Telegram's round trip, about 100 ms from a server, scaled. */
    private static final Duration LATENCY = Duration.ofMillis(Integer.getInteger("broadcast.latency-ms",
            Math.max(1, 100 / SCALE)));
    /** Every third chat is a group: Telegram's per-group limit applies to it besides the per-chat one. */
    private static final int GROUP_EVERY = 3;
    private static final long FIRST_PRIVATE_CHAT = 1_000_000L;
    private static final long FIRST_SUPERGROUP = -1_000_000_000_000L;
    private static final long WARM_UP_CHATS = 10_000_000L;
    private static final double GOAL = 1.05;

    private static final RateLimits TELEGRAM_SCALED = RateLimits.telegram().globalPerSecond(30 * SCALE)
            .perChat(SCALE, 3).groupPerMinute(20 * SCALE);

    private static final Duration START_UP = Duration.ofSeconds(60);
    /** Both windows (the sender's 1.04 s, the fake's 1 s) empty between two broadcasts. */
    private static final Duration QUIET = Duration.ofMillis(1_500);

    private static final String MESSAGE = """
            <b>New brief: AI proposals by Chinese provincial lawmakers and advisors</b>
            Global Times, 28 Jan 2024

            <b>Xia Jun</b>, Shanghai: an AI-driven public service platform for elderly care
            <b>Wu Wenyan</b>, Guangdong (Shenzhen): AI robots in homes for the elderly
            <i>For chat %d: ask /who elderly care for the quotes.</i>""";

    /** What one broadcast came to. */
    record Outcome(int chats, Duration recording, Duration completion, Duration firstSend, Duration sending,
            int mostInAnySecond, Duration longestPause, int tooManyRequests, int missing, int doubled, long backlog,
            Duration cpu) {

        double ceilingSeconds() {
            return chats / (double) TELEGRAM_SCALED.globalPerSecond();
        }

        double ratio() {
            return seconds(completion) / ceilingSeconds();
        }

        String summary() {
            return String.format(Locale.ROOT, "%,d chats (%,d groups): completion %.3f s from the recording "
                    + "committed, ceiling %.3f s (N / %,d/s), ratio %.3f (goal <= %.2f); first send after %.0f ms, "
                    + "sending %.3f s (%,.0f/s), at most %,d in any second, longest pause %.1f ms; 429s %d; "
                    + "missing %d, doubled %d; backlog %d; recording took %.0f ms; CPU of the whole JVM (bot, "
                    + "fake, harness) from the recording on: %.0f us a message", chats, groups(chats),
                    seconds(completion), ceilingSeconds(), TELEGRAM_SCALED.globalPerSecond(), ratio(), GOAL,
                    millis(firstSend), seconds(sending), (chats - 1) / seconds(sending), mostInAnySecond,
                    millis(longestPause), tooManyRequests, missing, doubled, backlog, millis(recording),
                    millis(cpu) * 1000 / chats);
        }
    }

    @Test
    void broadcastToTenThousandChatsAtTelegramsPace() {
        try (FakeBotApi telegram = FakeBotApi.start(); ConfigurableApplicationContext bot = briefBot(telegram)) {
            telegram.setLatency(LATENCY);
            telegram.enforceRateLimits(TELEGRAM_SCALED);
            OutboxStore outbox = bot.getBean(OutboxStore.class);
            report("settings: fake %s, latency %d ms; bot %s", TELEGRAM_SCALED, LATENCY.toMillis(),
                    botSettings(bot));

            if (WARM_UP > 0) {
                Outcome warmUp = broadcast(telegram, outbox, "warm-up", chats(WARM_UP, WARM_UP_CHATS));
                report("warm-up: %s", warmUp.summary());
                sleep(QUIET);
            }
            Outcome measured = broadcast(telegram, outbox, "measured", chats(CHATS, 0));
            report("%s; load average %s", measured.summary(), loadAverage());

            SoftAssertions goals = new SoftAssertions();
            // why a miss is a miss, from what was measured: the departure window's own floor (N a 1.04 s window,
            // 1.040), the wait for the first send, and how far the sending fell short of the window's rate
            double windowRate = TELEGRAM_SCALED.globalPerSecond() / 1.04;
            goals.assertThat(measured.ratio()).as("completion / ceiling at ×%d on %d cores, load average %.1f: the "
                    + "sender's departure window alone allows 1.040; the first send came %.0f ms after the recording "
                    + "(%.3f of the ceiling); the sending ran at %.0f/s against the window's %.0f/s (%.3f); a shortfall "
                    + "beyond these is the CPU (other processes, or a scale too high for these cores; see "
                    + "docs/benchmarks.md)", SCALE, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), millis(measured.firstSend()),
                    seconds(measured.firstSend()) / measured.ceilingSeconds(),
                    (measured.chats() - 1) / seconds(measured.sending()), windowRate,
                    windowRate / ((measured.chats() - 1) / seconds(measured.sending())))
                    .isLessThanOrEqualTo(GOAL);
            goals.assertThat(measured.tooManyRequests()).as("429s").isZero();
            goals.assertThat(measured.missing()).as("chats that got nothing").isZero();
            goals.assertThat(measured.doubled()).as("chats that got it twice").isZero();
            goals.assertThat(measured.backlog()).as("outbox backlog").isZero();
            goals.assertAll();
        }
    }

    /** Records one notification per chat, as a new brief does, and waits until every chat got its message. */
    private static Outcome broadcast(FakeBotApi telegram, OutboxStore outbox, String version, List<Long> chats) {
        int tooManyBefore = telegram.tooManyRequestsCount();
        List<Notification> notifications = chats.stream()
                .map(chat -> new Notification(chat, String.format(Locale.ROOT, MESSAGE, chat), List.of())).toList();
        Set<Long> addressed = new HashSet<>(chats);
        int sentBefore = telegram.sentMessages().size();
        Duration patience = Duration.ofSeconds(30 + 5L * chats.size() / TELEGRAM_SCALED.globalPerSecond());

        Instant recording = Instant.now();
        Outboxes.queue(outbox, version, notifications);
        Instant recorded = Instant.now();
        long cpuBefore = processCpuNanos();
        awaitAsManyAs(telegram, sentBefore, chats.size(), patience);
        awaitEmpty(outbox, Duration.ofSeconds(10));
        // a message sent twice would come a moment after the first; give it that moment
        sleep(Duration.ofMillis(100));
        List<SentMessage> received = telegram.sentMessages().stream().skip(sentBefore)
                .filter(sent -> addressed.contains(sent.chatId())).toList();
        Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);

        Map<Long, Long> perChat = received.stream()
                .collect(Collectors.groupingBy(SentMessage::chatId, Collectors.counting()));
        List<Instant> at = received.stream().map(SentMessage::at).sorted().toList();
        Instant first = at.isEmpty() ? recorded : at.get(0);
        Instant last = at.isEmpty() ? recorded : at.get(at.size() - 1);
        // the worker may see the rows, committed, before this thread is scheduled again to read the clock
        Instant committed = first.isBefore(recorded) ? first : recorded;
        int missing = (int) addressed.stream().filter(chat -> !perChat.containsKey(chat)).count();
        int doubled = (int) perChat.values().stream().filter(count -> count > 1).count();
        return new Outcome(chats.size(), Duration.between(recording, committed), Duration.between(committed, last),
                Duration.between(committed, first), Duration.between(first, last), mostInAnySecond(at),
                longestPause(at), telegram.tooManyRequestsCount() - tooManyBefore, missing, doubled,
                outbox.backlog(), cpu);
    }

    /**
     * Waits until the fake has taken as many messages as there are chats, or {@code patience} runs out, looking at
     * its count only: the harness shares the 2 cores with the bot and the fake.
     */
    private static void awaitAsManyAs(FakeBotApi telegram, int before, int chats, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (telegram.sentMessages().size() - before < chats && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(10));
        }
    }

    /** Waits until every notification is marked sent, or {@code patience} runs out: the backlog is reported. */
    private static void awaitEmpty(OutboxStore outbox, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (outbox.backlog() > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(10));
        }
    }

    /** {@code count} chats, every third a supergroup; {@code offset} keeps the warm-up's apart from the measured. */
    private static List<Long> chats(int count, long offset) {
        return LongStream.range(0, count).mapToObj(i -> i % GROUP_EVERY == 0 ? FIRST_SUPERGROUP - offset - i
                : FIRST_PRIVATE_CHAT + offset + i).toList();
    }

    /** The longest time the fake waited for the next message: the outbox worker between batches, or the CPU. */
    private static Duration longestPause(List<Instant> sorted) {
        Duration longest = Duration.ZERO;
        for (int i = 1; i < sorted.size(); i++) {
            Duration pause = Duration.between(sorted.get(i - 1), sorted.get(i));
            longest = pause.compareTo(longest) > 0 ? pause : longest;
        }
        return longest;
    }

    private static int groups(int chats) {
        return (chats + GROUP_EVERY - 1) / GROUP_EVERY;
    }

    /** The most messages the fake stored within any one second (it counts a moment earlier, in its limiter). */
    private static int mostInAnySecond(List<Instant> sorted) {
        int most = 0;
        for (int last = 0, first = 0; last < sorted.size(); last++) {
            while (!sorted.get(first).isAfter(sorted.get(last).minusSeconds(1))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /** The application as {@code java -jar} starts it with a token, pointed at the fake, its limits scaled. */
    private static ConfigurableApplicationContext briefBot(FakeBotApi telegram) {
        List<String> args = new ArrayList<>(List.of("--TELEGRAM_BOT_TOKEN=" + telegram.token(),
                "--TELEGRAM_API_URL=" + telegram.baseUrl(), "--TELEGRAM_BOT_USERNAME=BriefBot",
                "--spring.datasource.url=" + System.getProperty("broadcast.datasource",
                        "jdbc:h2:mem:broadcast;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"),
                "--briefbot.telegram.limits.global-per-second=" + TELEGRAM_SCALED.globalPerSecond(),
                "--briefbot.telegram.limits.chat-per-second=" + TELEGRAM_SCALED.chatPerSecond(),
                "--briefbot.telegram.limits.chat-burst=" + TELEGRAM_SCALED.chatBurst(),
                "--briefbot.telegram.limits.group-per-minute=" + TELEGRAM_SCALED.groupPerMinute(),
                "--briefbot.telegram.limits.first-backoff=" + scaled(Duration.ofMillis(500)).toMillis() + "ms",
                "--briefbot.telegram.delivery.poll-interval=" + scaled(Duration.ofSeconds(1)).toMillis() + "ms",
                "--briefbot.telegram.delivery.first-retry=" + scaled(Duration.ofMinutes(1)).toMillis() + "ms",
                "--briefbot.telegram.delivery.longest-retry=" + scaled(Duration.ofHours(1)).toMillis() + "ms",
                "--briefbot.telegram.delivery.workers=" + WORKERS,
                "--briefbot.telegram.delivery.batch=" + BATCH));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BriefBotApplication.class)
                .properties("logging.level.root=warn", "spring.main.log-startup-info=false")
                .run(args.toArray(String[]::new));
        telegram.awaitCalls("getUpdates", 1, START_UP);
        return context;
    }

    private static Duration scaled(Duration telegramTime) {
        return telegramTime.dividedBy(SCALE);
    }

    private static String botSettings(ConfigurableApplicationContext bot) {
        Function<String, String> setting = key -> key.substring(key.lastIndexOf('.') + 1) + "="
                + bot.getEnvironment().getProperty(key);
        return List.of("briefbot.telegram.limits.global-per-second", "briefbot.telegram.limits.chat-per-second",
                "briefbot.telegram.limits.chat-burst", "briefbot.telegram.limits.group-per-minute",
                "briefbot.telegram.delivery.workers", "briefbot.telegram.delivery.batch",
                "briefbot.telegram.delivery.poll-interval").stream().map(setting).collect(Collectors.joining(", "));
    }

    /** CPU used by this JVM, every thread: the bot's, the fake's and the harness's own. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    private static void report(String format, Object... values) {
        System.out.println("BROADCAST " + String.format(Locale.ROOT, format, values));
    }
}
