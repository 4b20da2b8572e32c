package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.stream.LongStream;

import dev.briefbot.BriefBotApplication;
import dev.briefbot.answer.Answer;
import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.subscription.Outboxes;
import dev.briefbot.subscription.OutboxStore.Notification;
import dev.briefbot.telegram.fake.Call;
import dev.briefbot.telegram.fake.FakeBotApi;
import dev.briefbot.telegram.fake.Fault;
import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox delivered over HTTP, through the real sender and the real store (an in-memory H2): each notification
 * reaches its chat once and in order, with its buttons, through server errors, blocked chats, migrated groups and a
 * restart.
 */
class TelegramDeliveryIT extends BotOverFakeTelegram {

    @Autowired
    private OutboxStore outbox;

    @DynamicPropertySource
    static void retrySoon(DynamicPropertyRegistry registry) {
        // the sender gives up after two quick tries, and the outbox tries again a moment later, not a minute
        registry.add("briefbot.telegram.limits.max-tries", () -> "2");
        registry.add("briefbot.telegram.limits.first-backoff", () -> "10ms");
        registry.add("briefbot.telegram.delivery.first-retry", () -> "100ms");
    }

    @Test
    void shouldDeliverEachNotificationOnceToItsChatInOrder() {
        Outboxes.queue(outbox, "v-deliver", List.of(notification(2101, "Shenzhen"), notification(-2102, "Beijing"),
                notification(2101, "Guangdong")));

        List<SentMessage> toUser = telegram.awaitSent(2101, 2, WAIT);
        List<SentMessage> toGroup = telegram.awaitSent(-2102, 1, WAIT);
        await().atMost(WAIT).until(() -> outbox.backlog() == 0);
        holdsQuietly(() -> telegram.sentMessagesTo(2101).size() == 2 && telegram.sentMessagesTo(-2102).size() == 1);

        assertThat(telegram.sentMessagesTo(2101)).extracting(SentMessage::text)
                .containsExactly(text(2101, "Shenzhen"), text(2101, "Guangdong"));
        assertThat(telegram.sentMessagesTo(-2102)).extracting(SentMessage::text)
                .containsExactly(text(-2102, "Beijing"));
        assertThat(toUser.get(0).parseMode()).isEqualTo("HTML");
        assertThat(toGroup.get(0).parseMode()).isEqualTo("HTML");
    }

    @Test
    void shouldDeliverANotificationWithButtonsThatAskWhoWhenPressed() {
        List<Answer.Suggestion> buttons = List.of(new Answer.Suggestion("elderly care", "/who elderly care"),
                new Answer.Suggestion("AI robots", "/who AI robots"));

        Outboxes.queue(outbox, "v-buttons", List.of(new Notification(2601, text(2601, "Beijing"), buttons)));

        SentMessage notification = telegram.awaitSent(2601, 1, WAIT).get(0);
        assertThat(notification.text()).isEqualTo(text(2601, "Beijing"));
        assertThat(notification.callbackData()).containsExactly("/who elderly care", "/who AI robots");

        telegram.callbackQuery(2601, 2601, notification.messageId(), notification.callbackData().get(0));

        telegram.awaitCalls("answerCallbackQuery", 1, WAIT);
        SentMessage answer = telegram.awaitSent(2601, 2, WAIT).get(1);
        assertThat(answer.text()).contains("Wu Wenyan").containsIgnoringCase("elderly care");
    }

    @Test
    void shouldTryAgainLaterWhenTelegramKeepsFailingForOneChatWithoutHoldingUpTheOthers() {
        telegram.fail("sendMessage", Fault.serverError().inChat(2201).times(2));

        Outboxes.queue(outbox, "v-retry", List.of(notification(2201, "first"), notification(2201, "second"),
                notification(2202, "Shanghai")));

        List<SentMessage> retried = telegram.awaitSent(2201, 2, WAIT);
        SentMessage other = telegram.awaitSent(2202, 1, WAIT).get(0);
        await().atMost(WAIT).until(() -> outbox.backlog() == 0);
        holdsQuietly(() -> telegram.sentMessagesTo(2201).size() == 2 && telegram.sentMessagesTo(2202).size() == 1);

        assertThat(telegram.sentMessagesTo(2201)).extracting(SentMessage::text)
                .containsExactly(text(2201, "first"), text(2201, "second"));
        // the sender's two tries failed, the outbox's later one went through
        assertThat(sendsTo(2201)).hasSize(4);
        assertThat(other.at()).isBefore(retried.get(0).at());
    }

    @Test
    void shouldDropTheNotificationsOfABlockedChatWithoutRetrying() {
        telegram.fail("sendMessage", Fault.blockedByUser().inChat(2301));

        Outboxes.queue(outbox, "v-blocked", List.of(notification(2301, "one"), notification(2301, "two"),
                notification(2302, "Hainan")));

        telegram.awaitSent(2302, 1, WAIT);
        await().atMost(WAIT).until(() -> outbox.backlog() == 0);
        // a retry of the blocked chat would come after the sender's back-off: give it twice as long
        await().during(QUIET.multipliedBy(2)).atMost(WAIT).until(() -> telegram.sentMessagesTo(2301).isEmpty()
                && sendsTo(2301).size() == 1);

        assertThat(telegram.sentMessagesTo(2301)).isEmpty();
        assertThat(sendsTo(2301)).hasSize(1);
    }

    @Test
    void shouldDeliverToTheSupergroupAGroupBecame() {
        long supergroup = -1001000002401L;
        telegram.fail("sendMessage", Fault.migratedTo(supergroup).inChat(-2401));

        Outboxes.queue(outbox, "v-migrated", List.of(notification(-2401, "first"), notification(-2401, "second")));

        List<SentMessage> moved = telegram.awaitSent(supergroup, 2, WAIT);
        await().atMost(WAIT).until(() -> outbox.backlog() == 0);
        holdsQuietly(() -> telegram.sentMessagesTo(supergroup).size() == 2);

        assertThat(moved).extracting(SentMessage::text).containsExactly(text(-2401, "first"), text(-2401, "second"));
        assertThat(telegram.sentMessagesTo(supergroup)).hasSize(2);
        assertThat(telegram.sentMessagesTo(-2401)).isEmpty();
    }

    @Test
    void shouldFinishABroadcastAfterARestartSendingNothingTwice() {
        List<Long> chats = LongStream.rangeClosed(2501, 2520).boxed().toList();
        String database = memoryDatabase();
        try (FakeBotApi api = FakeBotApi.start()) {
            int sentBeforeRestart;
            try (ConfigurableApplicationContext first = startBot(api, database)) {
                Outboxes.queue(first.getBean(OutboxStore.class), "v-restart",
                        chats.stream().map(chat -> notification(chat, "Shenzhen")).toList());
                await().atMost(WAIT).until(() -> api.sentMessages().size() >= 3);
            }
            sentBeforeRestart = api.sentMessages().size();

            try (ConfigurableApplicationContext second = startBot(api, database)) {
                OutboxStore resumed = second.getBean(OutboxStore.class);
                await().atMost(WAIT).until(() -> resumed.backlog() == 0);
                holdsQuietly(() -> chats.stream().allMatch(chat -> api.sentMessagesTo(chat).size() <= 2));
            }

            assertThat(sentBeforeRestart).isLessThan(chats.size());
            assertThat(chats).allSatisfy(chat -> assertThat(api.sentMessagesTo(chat)).extracting(SentMessage::text)
                    .containsExactly(text(chat, "Shenzhen")));
        }
    }

    /** The bot as an operator starts it, sending slowly so that the stop comes in the middle of the broadcast. */
    private static ConfigurableApplicationContext startBot(FakeBotApi api, String database) {
        return new SpringApplicationBuilder(BriefBotApplication.class).web(WebApplicationType.NONE)
                .run("--TELEGRAM_BOT_TOKEN=" + api.token(), "--TELEGRAM_API_URL=" + api.baseUrl(),
                        "--TELEGRAM_BOT_USERNAME=BriefBot", "--spring.datasource.url=" + database,
                        "--briefbot.telegram.limits.global-per-second=8");
    }

    private static Notification notification(long chat, String region) {
        return new Notification(chat, text(chat, region), List.of());
    }

    private static String text(long chat, String region) {
        return "<b>New brief</b> for " + chat + ": proposals about <i>" + region + "</i>";
    }

    private static List<Call> sendsTo(long chat) {
        return telegram.calls("sendMessage").stream().filter(call -> call.chatId() == chat).toList();
    }
}
