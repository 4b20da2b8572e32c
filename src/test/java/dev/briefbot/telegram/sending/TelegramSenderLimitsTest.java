package dev.briefbot.telegram.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

/** The sender's rate limits on a clock that only moves when the sender waits: exact, and instant to run. */
class TelegramSenderLimitsTest {

    private final WaitingClock clock = new WaitingClock();

    @Test
    void shouldLetAChatHaveABurstOfThreeThenOneMessageASecond() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram(), clock);

        List<Duration> sentAt = sendTimes(limiter, List.of("42", "42", "42", "42", "42"));

        // the burst goes out at the bot's own pace of 35 ms, then the chat's one a second
        assertThat(sentAt.subList(0, 3)).allMatch(at -> at.compareTo(Duration.ofMillis(100)) < 0);
        assertThat(sentAt.subList(3, 5)).satisfiesExactly(
                fourth -> assertThat(fourth).isCloseTo(Duration.ofSeconds(1), Duration.ofMillis(1)),
                fifth -> assertThat(fifth).isCloseTo(Duration.ofSeconds(2), Duration.ofMillis(1)));
    }

    @Test
    void shouldNotMakeOneChatWaitForAnother() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram(), clock);

        List<Duration> sentAt = sendTimes(limiter, List.of("1", "1", "1", "2", "2", "2"));

        assertThat(sentAt).allMatch(at -> at.compareTo(Duration.ofMillis(200)) < 0);
    }

    @Test
    void shouldLetAGroupHaveTheChatsBurstThenTheRestOfItsTwentyAMinute() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram(), clock);

        List<Duration> sentAt = sendTimes(limiter, Collections.nCopies(5, "-100123"));

        // the bot's own pace spaces the burst by 35 ms
        assertThat(sentAt.subList(0, 3)).allMatch(at -> at.compareTo(Duration.ofMillis(100)) < 0);
        // then 16⅔ a minute: the rest of the group's 20, less a third of a message of slack
        assertThat(sentAt.get(3)).isCloseTo(Duration.ofMillis(3600), Duration.ofMillis(5));
        assertThat(sentAt.get(4)).isCloseTo(sentAt.get(3).plusMillis(3600), Duration.ofMillis(5));
    }

    @Test
    void shouldNeverSendAGroupMoreThanTwentyMessagesInAnyMinute() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram().perChat(100, 100), clock);

        List<Duration> sentAt = sendTimes(limiter, Collections.nCopies(60, "-100123"));

        assertThat(mostInAnyWindow(sentAt, Duration.ofMinutes(1))).isLessThanOrEqualTo(20);
        // and it keeps its pace: a burst of four (a fifth of the minute), then 15⅔ a minute
        assertThat(sentAt.get(59)).isCloseTo(Duration.ofMillis(56 * 180_000 / 47), Duration.ofSeconds(1));
    }

    @Test
    void shouldNotHoldAPrivateChatToTheGroupLimit() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram().perChat(100, 100), clock);

        List<Duration> sentAt = sendTimes(limiter, Collections.nCopies(21, "100123"));

        assertThat(sentAt).allMatch(at -> at.compareTo(Duration.ofSeconds(1)) < 0);
    }

    @Test
    void shouldNeverSendMoreThanThirtyMessagesInAnySecondYetKeepNearThirtyASecond() throws InterruptedException {
        SendRateLimiter limiter = new SendRateLimiter(SendLimits.telegram(), clock);
        List<String> chats = new ArrayList<>();
        for (int chat = 1; chat <= 300; chat++) {
            chats.add(String.valueOf(chat));
        }

        List<Duration> sentAt = sendTimes(limiter, chats);

        assertThat(mostInAnyWindow(sentAt, Duration.ofSeconds(1))).isLessThanOrEqualTo(30);
        // 28⅔ a second: 95.6 % of Telegram's ceiling
        assertThat(sentAt.get(299)).isCloseTo(Duration.ofMillis(299_000 * 3 / 86), Duration.ofMillis(5));
    }

    @Test
    void shouldBackOffDoublingFromTheFirstWait() {
        SendLimits limits = SendLimits.telegram();

        BackOffExecution waits = limits.backOff().start();

        assertThat(List.of(2, 3, 4, 5)).map(next -> Duration.ofMillis(waits.nextBackOff()))
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(4));
    }

    @Test
    void shouldReadHtmlAsTheTextAUserWouldSee() {
        assertThat(TelegramSender.plainText("<b>Shenzhen</b> &amp; Hefei: &lt;AI+&gt; &quot;plus&quot;"))
                .isEqualTo("Shenzhen & Hefei: <AI+> \"plus\"");
    }

    /** The most messages sent within any window of this length, counted as the fake Bot API counts. */
    private static int mostInAnyWindow(List<Duration> sentAt, Duration window) {
        int most = 0;
        for (int last = 0, first = 0; last < sentAt.size(); last++) {
            while (sentAt.get(first).compareTo(sentAt.get(last).minus(window)) <= 0) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
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
