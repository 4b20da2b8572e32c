package dev.briefbot.telegram.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.SentMessage;

/**
 * Load on a bot that polls {@code telegram}: private-chat questions queued in the fake, every one counted with the
 * number of messages its answer takes, then read back from what the fake received. Times are the fake's: from an
 * update queued to its reply received.
 */
final class LoadRun {

    /** A user who asks now and then while everyone else floods the bot: what one person waits. */
    static final long LONE_USER = 900_000_001L;

    /** What the load asks, in turn: commands and free text, answers of one message each or more. */
    private static final List<String> ASKS = List.of("/region Shenzhen", "who proposed AI robots for elderly care?",
            "/advisor Wu Wenyan", "/rankings 3", "/region Shanghai", "what did Xu Li say?", "/who elderly care",
            "/region Sichuan");

    record Question(String text, int messages) {
    }

    /** What came back: replies missing or beyond those expected, and the fake's 429s. */
    record Outcome(int expected, int received, int missing, int extra, int tooManyRequests) {
    }

    private final FakeBotApi telegram;
    private final List<Question> questions;
    private final Question loneQuestion;
    private final Map<Long, Integer> expectedByChat = new HashMap<>();
    private final List<Instant> loneAsked = new ArrayList<>();
    private int expected;

    LoadRun(FakeBotApi telegram, ChatRouter router, TelegramHtmlRenderer renderer) {
        this.telegram = telegram;
        this.questions = ASKS.stream().map(text -> new Question(text, messages(router, renderer, text))).toList();
        this.loneQuestion = questions.get(0);
        if (loneQuestion.messages() != 1) {
            throw new IllegalStateException("the lone user's question must be answered in one message");
        }
    }

    private static int messages(ChatRouter router, TelegramHtmlRenderer renderer, String text) {
        return router.reply(ChatRequest.privateChat(1, text)).map(renderer::render).map(List::size).orElse(0);
    }

    /** Queues {@code updates} questions at once, from {@code chats} chats in turn from {@code firstChat}. */
    Instant queueAtOnce(int updates, int chats, long firstChat) {
        Instant start = Instant.now();
        for (int i = 0; i < updates; i++) {
            ask(firstChat + i % chats, questions.get(i % questions.size()));
        }
        return start;
    }

    /**
     * Queues {@code perSecond} questions a second for {@code length}, from {@code chats} chats in turn, and one from
     * the lone user every {@code loneEvery}; returns when the last is queued.
     */
    Instant offer(int perSecond, Duration length, int chats, long firstChat, Duration loneEvery)
            throws InterruptedException {
        long start = System.nanoTime();
        Instant started = Instant.now();
        int updates = (int) (perSecond * length.toMillis() / 1000);
        long loneAt = loneEvery.toNanos() / 2;
        for (int i = 0; i < updates; i++) {
            long due = start + i * TimeUnit.SECONDS.toNanos(1) / perSecond;
            sleepUntil(due);
            if (due - start >= loneAt) {
                loneAsked.add(Instant.now());
                ask(LONE_USER, loneQuestion);
                loneAt += loneEvery.toNanos();
            }
            ask(firstChat + i % chats, questions.get(i % questions.size()));
        }
        return started;
    }

    private void ask(long chat, Question question) {
        telegram.privateMessage(chat, question.text());
        expectedByChat.merge(chat, question.messages(), Integer::sum);
        expected += question.messages();
    }

    /** Waits until every expected reply has come, or {@code timeout}; true if they all came. */
    boolean awaitReplies(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (telegram.sentMessages().size() < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    Outcome outcome() {
        Map<Long, Long> received = telegram.sentMessages().stream()
                .collect(Collectors.groupingBy(SentMessage::chatId, Collectors.counting()));
        int missing = 0;
        int extra = 0;
        for (Map.Entry<Long, Integer> chat : expectedByChat.entrySet()) {
            long got = received.getOrDefault(chat.getKey(), 0L);
            missing += (int) Math.max(0, chat.getValue() - got);
            extra += (int) Math.max(0, got - chat.getValue());
        }
        return new Outcome(expected, telegram.sentMessages().size(), missing, extra, telegram.tooManyRequestsCount());
    }

    /** Updates a second from {@code start} to the last reply received. */
    double updatesPerSecond(Instant start, int updates) {
        Instant last = telegram.sentMessages().stream().map(SentMessage::at).max(Comparator.naturalOrder())
                .orElseThrow();
        return updates / seconds(Duration.between(start, last));
    }

    /** Messages the fake accepted per second within {@code length} from {@code start}. */
    double sendsPerSecond(Instant start, Duration length) {
        Instant end = start.plus(length);
        long sends = telegram.sentMessages().stream()
                .filter(sent -> !sent.at().isBefore(start) && sent.at().isBefore(end)).count();
        return sends / seconds(length);
    }

    /** The most messages the fake accepted within any one second, as its sliding window counts them. */
    int mostSendsInAnySecond() {
        List<Instant> at = telegram.sentMessages().stream().map(SentMessage::at).sorted().toList();
        int most = 0;
        for (int last = 0, first = 0; last < at.size(); last++) {
            while (!at.get(first).isAfter(at.get(last).minusSeconds(1))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    /** Each lone question's wait for its answer, in order; a question still unanswered has none. */
    List<Duration> loneWaits() {
        List<SentMessage> answers = telegram.sentMessagesTo(LONE_USER);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < Math.min(answers.size(), loneAsked.size()); i++) {
            waits.add(Duration.between(loneAsked.get(i), answers.get(i).at()));
        }
        return waits;
    }

    int loneQuestions() {
        return loneAsked.size();
    }

    private static void sleepUntil(long due) throws InterruptedException {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
