package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import dev.briefbot.telegram.fake.Call;
import dev.briefbot.telegram.fake.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import dev.briefbot.subscription.ChatGone;
import dev.briefbot.subscription.ChatMigrated;
import dev.briefbot.telegram.sending.SendClock;
import dev.briefbot.telegram.sending.SendLimits;
import dev.briefbot.telegram.sending.SendMetrics;
import dev.briefbot.telegram.sending.TelegramSender;

/**
 * Telegram saying no, as a user would notice it: the whole bot (real starter and client, our polling, lanes, chat
 * and sender) against the fake Bot API, with a fault scripted on the reply or on polling.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramFaultsIT extends BotOverFakeTelegram {

    // The sender's waits, retry_after and back-off included, run 10 times faster than Telegram's.
    private static final double TIME_SCALE = 10;

    @Autowired
    private ChatEvents events;

    @AfterEach
    void neverShowTheToken(CapturedOutput output) {
        telegram.clearFaults();
        String secret = telegram.token().substring(telegram.token().indexOf(':') + 1);
        assertThat(output.getAll()).doesNotContain(telegram.token()).doesNotContain(secret);
    }

    @Test
    void shouldDeliverTheAnswerOnceAfterTheWaitTelegramAskedFor() {
        telegram.fail("sendMessage", Fault.tooManyRequests(2).inChat(801));
        int refusedBefore = telegram.tooManyRequestsCount();

        telegram.privateMessage(801, "/region Shenzhen");

        assertThat(telegram.awaitSent(801, 1, WAIT)).singleElement()
                .satisfies(message -> assertThat(message.text()).contains("Xia Jun"));
        assertThat(telegram.tooManyRequestsCount() - refusedBefore).isEqualTo(1);
        List<Call> calls = sendsTo(801);
        assertThat(calls).hasSize(2);
        // retry_after 2 s at ×10: the retry comes no sooner than 200 ms after the refusal
        assertThat(between(calls, 0, 1)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void shouldBackOffAfterServerErrorsAndDeliverTheAnswerOnce() {
        telegram.fail("sendMessage", Fault.serverError().inChat(802));
        telegram.fail("sendMessage", Fault.badGateway().inChat(802));

        telegram.privateMessage(802, "/region Shenzhen");

        assertThat(telegram.awaitSent(802, 1, WAIT)).hasSize(1);
        List<Call> calls = sendsTo(802);
        assertThat(calls).hasSize(3);
        // back-off of 500 ms, then 1 s, at ×10
        assertThat(between(calls, 0, 1)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(between(calls, 1, 2)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void shouldRetryADroppedAndATimedOutConnectionAndDeliverTheAnswerOnce() {
        telegram.fail("sendMessage", Fault.dropConnection().inChat(803));
        telegram.fail("sendMessage", Fault.timeout(Duration.ofMillis(300)).inChat(803));

        telegram.privateMessage(803, "/region Shenzhen");

        assertThat(telegram.awaitSent(803, 1, WAIT)).hasSize(1);
        awaitEveryUpdateHandled();
        assertThat(telegram.sentMessagesTo(803)).hasSize(1);
        assertThat(sendsTo(803)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldAnswerOnceWhenTelegramTookTheAnswerButSaidSoUnreadably(CapturedOutput output) {
        telegram.fail("sendMessage", Fault.answeredUnreadably().inChat(814));

        telegram.privateMessage(814, "/region Shenzhen");

        assertThat(telegram.awaitSent(814, 1, WAIT)).singleElement()
                .satisfies(message -> assertThat(message.text()).contains("Xia Jun"));
        awaitEveryUpdateHandled();
        assertThat(sendsTo(814)).hasSize(1);
        assertThat(telegram.sentMessagesTo(814)).hasSize(1);
        assertThat(output.getAll()).contains("sendmessage to chat 814 answered in a form we cannot read")
                .doesNotContain("sendmessage to chat 814 failed");
    }

    static Stream<Arguments> goneChats() {
        return Stream.of(
                Arguments.of(804L, Fault.blockedByUser()),
                Arguments.of(-805L, Fault.kickedFromGroup()),
                Arguments.of(806L, Fault.chatNotFound()));
    }

    @ParameterizedTest
    @MethodSource("goneChats")
    void shouldPublishAGoneChatWithoutRetryingAndKeepAnsweringOthers(long chat, Fault gone) {
        telegram.fail("sendMessage", gone.inChat(chat));

        long other = Math.abs(chat) + 100;

        ask(chat, "/region@BriefBot Shanghai");
        telegram.privateMessage(other, "/region Shenzhen");

        assertThat(telegram.awaitSent(other, 1, WAIT)).isNotEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(events.gone)
                .contains(new ChatGone(chat, gone.description())));
        assertThat(sendsTo(chat)).hasSize(1);
        assertThat(telegram.sentMessagesTo(chat)).isEmpty();
    }

    @Test
    void shouldFollowAGroupToItsSupergroupAndAnswerThere() {
        long group = -808;
        long supergroup = -1_000_000_000_808L;
        telegram.fail("sendMessage", Fault.migratedTo(supergroup).inChat(group).always());

        telegram.groupMessage(group, 11, "/region@BriefBot Shanghai");

        assertThat(telegram.awaitSent(supergroup, 1, WAIT)).singleElement()
                .satisfies(message -> assertThat(message.text()).contains("Shanghai"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(events.migrated)
                .contains(new ChatMigrated(group, supergroup)));
        assertThat(telegram.sentMessagesTo(group)).isEmpty();
    }

    @Test
    void shouldResendMarkupTelegramCannotParseAsPlainTextAndLogAnError(CapturedOutput output) {
        telegram.fail("sendMessage", new Fault(400, "Bad Request: can't parse entities: Unsupported start tag "
                + "\"br\" at byte offset 12", Map.of(), null, 809L, 1));

        telegram.privateMessage(809, "/region Shenzhen");

        assertThat(telegram.awaitSent(809, 1, WAIT)).singleElement().satisfies(message -> {
            assertThat(message.parseMode()).isEmpty();
            assertThat(message.text()).contains("Xia Jun").doesNotContain("<b>", "</");
        });
        assertThat(output.getAll()).containsPattern("ERROR .*can't parse entities");
    }

    static Stream<Arguments> pollingFaults() {
        return Stream.of(
                Arguments.of(811L, Fault.serverError().times(2)),
                Arguments.of(812L, Fault.badGateway()),
                Arguments.of(813L, Fault.dropConnection().times(2)));
    }

    @ParameterizedTest
    @MethodSource("pollingFaults")
    void shouldRecoverFromAFailedPollAndAnswerTheNextMessage(long chat, Fault fault, CapturedOutput output) {
        int polls = telegram.calls("getUpdates").size();
        telegram.fail("getUpdates", fault);

        // the poll already waiting brings this one; the polls after it fail
        telegram.privateMessage(chat, "/region Shenzhen");
        telegram.awaitCalls("getUpdates", polls + fault.times() + 1, WAIT);
        telegram.privateMessage(chat, "/region Shanghai");

        assertThat(text(telegram.awaitSent(chat, 2, WAIT))).contains("Xia Jun", "Shanghai");
        assertThat(output.getAll()).contains("GetUpdates");
    }

    private static void ask(long chat, String command) {
        if (chat < 0) {
            telegram.groupMessage(chat, 11, command);
        } else {
            telegram.privateMessage(chat, command);
        }
    }

    private static List<Call> sendsTo(long chat) {
        return telegram.calls("sendMessage").stream()
                .filter(call -> call.params().path("chat_id").asLong() == chat).toList();
    }

    private static Duration between(List<Call> calls, int first, int second) {
        return Duration.between(calls.get(first).at(), calls.get(second).at());
    }

    /** The gone and migrated chats the sender published, as whatever keeps subscriptions would hear them. */
    static final class ChatEvents {

        final List<ChatGone> gone = new CopyOnWriteArrayList<>();
        final List<ChatMigrated> migrated = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ChatGone event) {
            gone.add(event);
        }

        @EventListener
        void on(ChatMigrated event) {
            migrated.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FasterTelegram {

        /** The bot's own sender, as configured, on a clock running {@link #TIME_SCALE} times faster. */
        @Bean
        @Primary
        TelegramSender fasterTelegramSender(TelegramClient client, ApplicationEventPublisher events,
                TelegramSettings settings) {
            SendLimits limits = settings.limits().sendLimits().timeScale(TIME_SCALE);
            return new TelegramSender(client, events, limits, SendClock.scaled(TIME_SCALE), new SendMetrics(new SimpleMeterRegistry()));
        }

        @Bean
        ChatEvents chatEvents() {
            return new ChatEvents();
        }
    }
}
