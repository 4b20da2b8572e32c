package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import dev.briefbot.subscription.Filter;
import dev.briefbot.subscription.Subscription;
import dev.briefbot.subscription.SubscriptionStore;
import dev.briefbot.telegram.fake.Call;
import dev.briefbot.telegram.fake.Fault;
import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Subscriptions over HTTP, through the real TelegramBots stack and the real store (an in-memory H2): who may change a
 * group's subscriptions, what each change says, and how they follow the bot's membership and the group's migration.
 */
class TelegramSubscriptionIT extends BotOverFakeTelegram {

    private static final String SHENZHEN = "Subscribed: this group will hear when a new brief brings proposals about "
            + "Shenzhen (深圳, Guangdong).";
    private static final String NOT_ADMIN = "Only this group's administrators can change its subscriptions.";

    @Autowired
    private SubscriptionStore store;

    @DynamicPropertySource
    static void giveUpQuickly(DynamicPropertyRegistry registry) {
        // a Bot API that stays down is given up on in a moment rather than seconds
        registry.add("briefbot.telegram.limits.first-backoff", () -> "10ms");
    }

    @Test
    void shouldConfirmAnAdminsSubscriptionWithWhatTheGroupWillHear() {
        telegram.setChatMember(-1101, 11, "administrator");
        telegram.groupMessage(-1101, 11, "/subscribe@BriefBot shenzen");

        assertThat(telegram.awaitSent(-1101, 1, WAIT).get(0).text()).contains(SHENZHEN);
        assertThat(store.of(-1101)).extracting(Subscription::filter).containsExactly(Filter.region("shenzhen"));
        assertThat(memberChecks(-1101)).singleElement().satisfies(call -> assertThat(call.param("user_id"))
                .isEqualTo("11"));
    }

    @Test
    void shouldRefuseAMembersSubscriptionAndSayWhy() {
        telegram.groupMessage(-1102, 12, "/subscribe Shenzhen");

        assertThat(telegram.awaitSent(-1102, 1, WAIT).get(0).text()).contains(NOT_ADMIN);
        assertThat(store.of(-1102)).isEmpty();
    }

    @Test
    void shouldConfirmAnAnonymousAdminsSubscriptionWithoutAskingTelegram() {
        telegram.anonymousAdminMessage(-1103, "/subscribe elderly care");

        assertThat(telegram.awaitSent(-1103, 1, WAIT).get(0).text())
                .contains("Subscribed: this group will hear when a new brief brings proposals on elderly care.");
        assertThat(store.of(-1103)).extracting(Subscription::filter).containsExactly(Filter.topic("elderly care"));
        assertThat(memberChecks(-1103)).isEmpty();
    }

    @Test
    void shouldRefusePolitelyWhenTelegramCannotSayWhoIsAnAdmin() {
        telegram.setChatMember(-1105, 15, "administrator");
        telegram.fail("getChatMember", Fault.serverError().inChat(-1105).always());

        telegram.groupMessage(-1105, 15, "/subscribe Shenzhen");

        assertThat(telegram.awaitSent(-1105, 1, WAIT).get(0).text()).contains("couldn't check that you're an admin");
        assertThat(store.of(-1105)).isEmpty();
    }

    @Test
    void shouldAskWhoIsAnAdminOnceAndRefuseWithoutRetryingWhenTelegramFails() {
        telegram.setChatMember(-1113, 20, "administrator");
        // one 502 only: a second try would have been answered, and the subscription made
        telegram.fail("getChatMember", Fault.badGateway().inChat(-1113));

        telegram.groupMessage(-1113, 20, "/subscribe Shenzhen");

        assertThat(telegram.awaitSent(-1113, 1, WAIT).get(0).text()).contains("couldn't check that you're an admin");
        awaitEveryUpdateHandled();
        assertThat(memberChecks(-1113)).hasSize(1);
        assertThat(store.of(-1113)).isEmpty();
    }

    @Test
    void shouldSayAlreadySubscribedAndListForAnyMember() {
        telegram.setChatMember(-1106, 16, "creator");
        telegram.groupMessage(-1106, 16, "/subscribe Shenzhen");
        telegram.groupMessage(-1106, 16, "/subscribe 深圳");
        telegram.groupMessage(-1106, 17, "/subscriptions");

        List<SentMessage> sent = telegram.awaitSent(-1106, 3, WAIT);

        assertThat(sent.get(0).text()).contains(SHENZHEN);
        assertThat(sent.get(1).text()).contains("Already subscribed", "Nothing changed");
        assertThat(sent.get(2).text()).contains("This group's subscriptions: 1", "Shenzhen (深圳, Guangdong)");
        assertThat(store.of(-1106)).hasSize(1);
    }

    @Test
    void shouldUnsubscribeAllSayingWhatEnded() {
        telegram.anonymousAdminMessage(-1112, "/subscribe");
        telegram.anonymousAdminMessage(-1112, "/subscribe Shenzhen");
        telegram.anonymousAdminMessage(-1112, "/unsubscribe all");
        telegram.groupMessage(-1112, 19, "/subscriptions");

        List<SentMessage> sent = telegram.awaitSent(-1112, 4, WAIT);

        assertThat(sent.get(0).text()).contains("Subscribed: this group will hear about every new brief.");
        assertThat(sent.get(2).text()).contains("Unsubscribed from everything", "Shenzhen (深圳, Guangdong)",
                "Every new brief");
        assertThat(sent.get(3).text()).contains("This group has no subscriptions", "/subscribe Shenzhen");
        assertThat(store.of(-1112)).isEmpty();
    }

    @Test
    void shouldTellAnUnknownArgumentApartAndSuggest() {
        telegram.privateMessage(1107, "/subscribe elderly people");

        SentMessage unknown = telegram.awaitSent(1107, 1, WAIT).get(0);

        assertThat(unknown.text())
                .contains("I don't know “elderly people”; try /topics or a region like Shenzhen.");
        assertThat(unknown.callbackData()).contains("/subscribe elderly care", "/topics");
        assertThat(store.of(1107)).isEmpty();
    }

    @Test
    void shouldLetAUserManageTheirOwnSubscriptionsInAPrivateChat() {
        telegram.privateMessage(1108, "/subscribe Guangdong");
        telegram.privateMessage(1108, "/unsubscribe guangdong");

        List<SentMessage> sent = telegram.awaitSent(1108, 2, WAIT);

        assertThat(sent.get(0).text()).contains("Subscribed: you will hear when a new brief brings proposals about "
                + "Guangdong (广东).");
        assertThat(sent.get(1).text()).contains("Unsubscribed: you will no longer hear", "No subscriptions are left");
        assertThat(memberChecks(1108)).isEmpty();
    }

    @Test
    void shouldEndTheSubscriptionsOfAGroupThatKicksTheBot() {
        telegram.anonymousAdminMessage(-1109, "/subscribe Shenzhen");
        telegram.awaitSent(-1109, 1, WAIT);

        telegram.myChatMember(-1109, "member", "kicked");

        await().atMost(WAIT).until(() -> store.of(-1109).isEmpty());
    }

    @Test
    void shouldWelcomeAGroupThatAddsTheBotWithHowToSubscribe() {
        telegram.myChatMember(-1110, "left", "member");

        assertThat(telegram.awaitSent(-1110, 1, WAIT).get(0).text()).contains("/subscribe Shenzhen", "administrator");
    }

    @Test
    void shouldMoveTheSubscriptionsOfAGroupThatBecameASupergroup() {
        long supergroup = -1001000001111L;
        telegram.anonymousAdminMessage(-1111, "/subscribe Shenzhen");
        telegram.awaitSent(-1111, 1, WAIT);
        telegram.fail("sendMessage", Fault.migratedTo(supergroup).inChat(-1111));

        telegram.groupMessage(-1111, 18, "/subscriptions");

        assertThat(telegram.awaitSent(supergroup, 1, WAIT).get(0).text()).contains("Shenzhen (深圳, Guangdong)");
        assertThat(store.of(supergroup)).extracting(Subscription::filter).containsExactly(Filter.region("shenzhen"));
        assertThat(store.of(-1111)).isEmpty();
    }

    @Test
    void shouldShowTheSubscriptionCommandsInTheGroupMenuToAdministratorsOnly() {
        List<Call> menus = telegram.awaitCalls("setMyCommands", 3, WAIT);

        assertThat(menuFor(menus, "all_chat_administrators")).contains("\"subscribe\"", "\"unsubscribe\"");
        assertThat(menuFor(menus, "all_group_chats")).contains("\"subscriptions\"").doesNotContain("\"subscribe\"",
                "\"unsubscribe\"");
    }

    private static String menuFor(List<Call> menus, String scope) {
        return menus.stream().filter(call -> call.params().path("scope").toString().contains(scope))
                .map(call -> call.params().path("commands").toString()).findFirst().orElse("");
    }

    private static List<Call> memberChecks(long chatId) {
        return telegram.calls("getChatMember").stream().filter(call -> call.chatId() == chatId).toList();
    }
}
