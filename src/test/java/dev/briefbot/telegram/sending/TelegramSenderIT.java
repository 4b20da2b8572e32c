package dev.briefbot.telegram.sending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefbot.telegram.fake.Call;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.Fault;
import dev.briefbot.telegram.fake.RateLimits;
import dev.briefbot.telegram.fake.SentMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import dev.briefbot.subscription.ChatGone;
import dev.briefbot.subscription.ChatMigrated;

/**
 * The sender over HTTP, through TelegramBots' own client, against the fake Bot API and its scripted faults. Its waits
 * (retry_after, back-off) pass on a virtual clock, so they are exact and cost no time; only the test of Telegram's
 * rate limits runs on a real one, since the fake counts them in real time.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramSenderIT {

    // The rate-limit test's real clock runs 100 times faster than Telegram's.
    private static final double TIME_SCALE = 100;

    private final FakeBotApi telegram = FakeBotApi.start();
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final WaitingClock clock = new WaitingClock();
    private final TelegramSender sender = senderWith(SendLimits.telegram(), clock);

    @AfterEach
    void neverLogTheToken(CapturedOutput output) {
        telegram.close();
        assertThat(output.getAll()).doesNotContain(telegram.token())
                .doesNotContain(telegram.token().substring(telegram.token().indexOf(':') + 1));
    }

    @Test
    void shouldDeliverAMessage() {
        Optional<Message> sent = sender.execute(html(42, "<b>Shenzhen</b> leads"));

        assertThat(sent).map(Message::getMessageId).isPresent();
        assertThat(telegram.sentMessagesTo(42)).extracting(SentMessage::text).containsExactly("<b>Shenzhen</b> leads");
    }

    @Test
    void shouldRetryAfterTheWaitTelegramAskedFor() {
        telegram.fail("sendMessage", Fault.tooManyRequests(3));

        Optional<Message> sent = sender.execute(html(42, "after the wait"));

        assertThat(sent).isPresent();
        List<Call> calls = telegram.calls("sendMessage");
        assertThat(calls).hasSize(2);
        // the 3 seconds Telegram asked for, and no retry before them
        assertThat(clock.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(telegram.sentMessagesTo(42)).hasSize(1);
    }

    @Test
    void shouldRetryAServerErrorUntilItGoesThrough() {
        telegram.fail("sendMessage", Fault.serverError().times(2));

        assertThat(sender.execute(html(42, "third time lucky"))).isPresent();

        assertThat(telegram.calls("sendMessage")).hasSize(3);
        assertThat(telegram.sentMessagesTo(42)).extracting(SentMessage::text).containsExactly("third time lucky");
    }

    @Test
    void shouldRetryADroppedConnection() {
        telegram.fail("sendMessage", Fault.dropConnection());

        assertThat(sender.execute(html(42, "through a flaky network"))).isPresent();

        assertThat(telegram.sentMessagesTo(42)).hasSize(1);
    }

    @Test
    void shouldRetryAnHtmlErrorPageFromAProxy() {
        telegram.fail("sendMessage", Fault.htmlErrorPage());

        assertThat(sender.execute(html(42, "past the proxy"))).isPresent();

        assertThat(telegram.calls("sendMessage")).hasSize(2);
        assertThat(telegram.sentMessagesTo(42)).extracting(SentMessage::text).containsExactly("past the proxy");
    }

    @Test
    void shouldNotSendAgainAMessageTelegramTookButAnsweredUnreadably(CapturedOutput output) {
        telegram.fail("sendMessage", Fault.answeredUnreadably());

        BotApi.Sent<Message> sent = sender.send(html(42, "<b>Shenzhen</b> once"));

        assertThat(sent.outcome()).isEqualTo(BotApi.Outcome.DELIVERED);
        assertThat(sent.result()).isEmpty();
        assertThat(telegram.calls("sendMessage")).hasSize(1);
        assertThat(telegram.sentMessagesTo(42)).extracting(SentMessage::text).containsExactly("<b>Shenzhen</b> once");
        assertThat(output.getAll()).contains("WARN", "sendmessage to chat 42 answered in a form we cannot read "
                + "(TelegramApiRequestException <- InvalidFormatException): taken as done, not sent again");
    }

    @Test
    void shouldGiveUpAfterFiveTriesAtAServerThatKeepsFailing(CapturedOutput output) {
        telegram.fail("sendMessage", Fault.badGateway().always());

        assertThat(sender.execute(html(42, "never arrives"))).isEmpty();

        assertThat(telegram.calls("sendMessage")).hasSize(5);
        assertThat(output.getAll()).contains("not delivered after 5 tries: 502 Bad Gateway");
    }

    @Test
    void shouldReportABlockedChatAsGoneWithoutRetrying() {
        telegram.fail("sendMessage", Fault.blockedByUser());

        assertThat(sender.execute(html(42, "nobody listens"))).isEmpty();

        assertThat(events).containsExactly(new ChatGone(42, "Forbidden: bot was blocked by the user"));
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void shouldReportAChatTelegramCannotFindAsGone() {
        telegram.fail("sendMessage", Fault.chatNotFound());

        assertThat(sender.execute(html(-777, "into the void"))).isEmpty();

        assertThat(events).containsExactly(new ChatGone(-777, "Bad Request: chat not found"));
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void shouldFollowAGroupToItsSupergroup() {
        telegram.fail("sendMessage", Fault.migratedTo(-1001234567890L).inChat(-4242));

        assertThat(sender.execute(html(-4242, "<i>Hefei</i> news"))).isPresent();

        assertThat(events).containsExactly(new ChatMigrated(-4242, -1001234567890L));
        assertThat(telegram.sentMessagesTo(-1001234567890L)).extracting(SentMessage::text)
                .containsExactly("<i>Hefei</i> news");
    }

    @Test
    void shouldResendBrokenMarkupAsPlainText(CapturedOutput output) {
        assertThat(sender.execute(html(42, "<b>Shenzhen</b> & Hefei &lt;AI&gt;"))).isPresent();

        assertThat(telegram.sentMessagesTo(42)).singleElement().satisfies(message -> {
            assertThat(message.text()).isEqualTo("Shenzhen & Hefei <AI>");
            assertThat(message.parseMode()).isEmpty();
        });
        assertThat(output.getAll()).contains("ERROR").contains("can't parse entities");
    }

    @Test
    void shouldTakeAnEditThatChangesNothingAsDone(CapturedOutput output) {
        int messageId = sender.execute(html(42, "unchanged")).orElseThrow().getMessageId();
        EditMessageText edit = EditMessageText.builder().chatId(42L).messageId(messageId).text("unchanged")
                .parseMode("HTML").build();

        assertThat(sender.execute(edit)).isEmpty();

        assertThat(telegram.calls("editMessageText")).hasSize(1);
        assertThat(output.getAll()).doesNotContain("WARN").doesNotContain("ERROR");
    }

    @Test
    void shouldStayUnderTelegramsLimitsSendingAHundredMessagesToFiveChats() throws InterruptedException {
        telegram.enforceRateLimits(RateLimits.telegram().timeScale(TIME_SCALE));
        // Scaled ×100, a Telegram second lasts 10 ms, and the sender's slack for late arrivals (46 ms of Telegram
        // time) shrinks to under a millisecond of thread scheduling; so this sender keeps a wider margin: no burst,
        // and a clock a fifth slower. The default shape is measured in real time by the load harness.
        TelegramSender careful = senderWith(SendLimits.telegram().perChat(1, 1).timeScale(TIME_SCALE * 0.8),
                SendClock.scaled(TIME_SCALE * 0.8));
        List<Long> chats = List.of(11L, 12L, 13L, -21L, -22L);
        ExecutorService lanes = Executors.newFixedThreadPool(chats.size());

        for (long chat : chats) {
            lanes.submit(() -> {
                for (int n = 1; n <= 20; n++) {
                    careful.execute(html(chat, "update " + n));
                }
            });
        }
        lanes.shutdown();

        assertThat(lanes.awaitTermination(15, TimeUnit.SECONDS)).isTrue();
        assertThat(telegram.sentMessages()).hasSize(100);
        assertThat(telegram.tooManyRequestsCount()).isZero();
    }

    private TelegramSender senderWith(SendLimits limits, SendClock clock) {
        OkHttpTelegramClient client = new OkHttpTelegramClient(telegram.token(),
                new TelegramUrl("http", "127.0.0.1", telegram.port(), false));
        return new TelegramSender(client, events::add, limits, clock, new SendMetrics(new SimpleMeterRegistry()));
    }

    private static SendMessage html(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).parseMode("HTML").build();
    }
}
