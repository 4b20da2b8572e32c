package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sender's rate limits on a clock that only moves when the sender waits: exact, and instant to run. */
class TelegramSenderLimitsTest {

    /** Telegram time that passes only by sleeping. */
    static final class WaitingClock implements SendClock {
        private long now;

        @Override
        public synchronized long nanos() {
            return now;
        }

        @Override
        public synchronized void sleep(Duration telegramTime) {
            now += telegramTime.toNanos();
        }

        synchronized Duration elapsed() {
            return Duration.ofNanos(now);
        }
    }

    private final WaitingClock clock = new WaitingClock();

    @Test
    void shouldLetAChatHaveABurstOfThreeThenOneMessageASecond() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram(), clock);

        List<Duration> sentAt = sendTimes(limiter, List.of("42", "42", "42", "42", "42"));

        assertThat(sentAt).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(2));
    }

    @Test
    void shouldNotMakeOneChatWaitForAnother() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram(), clock);

        List<Duration> sentAt = sendTimes(limiter, List.of("1", "1", "1", "2", "2", "2"));

        assertThat(sentAt).allMatch(Duration.ZERO::equals);
    }

    @Test
    void shouldHoldAGroupToTwentyMessagesAMinute() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram().perChat(100, 100), clock);

        List<Duration> sentAt = sendTimes(limiter, java.util.Collections.nCopies(21, "-100123"));

        assertThat(sentAt.subList(0, 20)).allMatch(Duration.ZERO::equals);
        assertThat(sentAt.get(20)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shouldNotHoldAPrivateChatToTheGroupLimit() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram().perChat(100, 100), clock);

        List<Duration> sentAt = sendTimes(limiter, java.util.Collections.nCopies(21, "100123"));

        assertThat(sentAt).allMatch(Duration.ZERO::equals);
    }

    @Test
    void shouldHoldTheBotToThirtyMessagesASecondAcrossChats() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram(), clock);
        List<String> chats = new ArrayList<>();
        for (int chat = 1; chat <= 31; chat++) {
            chats.add(String.valueOf(chat));
        }

        List<Duration> sentAt = sendTimes(limiter, chats);

        assertThat(sentAt.subList(0, 30)).allMatch(Duration.ZERO::equals);
        assertThat(sentAt.get(30)).isBetween(Duration.ofMillis(33), Duration.ofMillis(34));
    }

    @Test
    void shouldBackOffDoublingFromTheFirstWait() {
        SendLimits limits = SendLimits.telegram();

        assertThat(List.of(2, 3, 4, 5)).map(limits::backoffBefore).containsExactly(Duration.ofMillis(500),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void shouldReadHtmlAsTheTextAUserWouldSee() {
        assertThat(TelegramSender.plainText("<b>Shenzhen</b> &amp; Hefei: &lt;AI+&gt; &quot;plus&quot;"))
                .isEqualTo("Shenzhen & Hefei: <AI+> \"plus\"");
    }

    private List<Duration> sendTimes(SendRateLimiter limiter, List<String> chats) throws InterruptedException {
        List<Duration> sentAt = new ArrayList<>();
        for (String chat : chats) {
            limiter.awaitTurn(chat);
            sentAt.add(clock.elapsed());
        }
        return sentAt;
    }
}
