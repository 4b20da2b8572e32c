package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatType;
import org.junit.jupiter.api.Test;

class AdminCheckTest {

    private static final long GROUP = -1001234567890L;
    private static final long USER = 42;

    private final Map<Long, String> statuses = new HashMap<>();
    private final List<Long> asked = new ArrayList<>();
    private final AdminCheck check = new AdminCheck((chat, user) -> {
        asked.add(user);
        return Optional.ofNullable(statuses.get(user));
    });

    @Test
    void shouldLetTheCreatorAndAdministratorsOfAGroupChangeItsSubscriptions() {
        statuses.put(USER, "creator");
        statuses.put(USER + 1, "administrator");

        assertThat(check.mayChangeSubscriptions(inGroup(USER))).isEqualTo(AdminCheck.Verdict.ALLOWED);
        assertThat(check.mayChangeSubscriptions(inGroup(USER + 1))).isEqualTo(AdminCheck.Verdict.ALLOWED);
    }

    @Test
    void shouldRefuseMembersSayingWhy() {
        statuses.put(USER, "member");
        statuses.put(USER + 1, "restricted");

        AdminCheck.Verdict member = check.mayChangeSubscriptions(inGroup(USER));

        assertThat(member).isEqualTo(AdminCheck.Verdict.NOT_AN_ADMIN);
        assertThat(member.refusal()).isEqualTo("Only this group's administrators can change its subscriptions.");
        assertThat(check.mayChangeSubscriptions(inGroup(USER + 1))).isEqualTo(AdminCheck.Verdict.NOT_AN_ADMIN);
    }

    @Test
    void shouldCountAnAnonymousAdminWithoutAskingTelegram() {
        assertThat(check.mayChangeSubscriptions(inGroup(GROUP))).isEqualTo(AdminCheck.Verdict.ALLOWED);
        assertThat(asked).isEmpty();
    }

    @Test
    void shouldRefuseAChannelPostingInTheGroup() {
        AdminCheck.Verdict channel = check.mayChangeSubscriptions(inGroup(-1009876543210L));

        assertThat(channel.allowed()).isFalse();
        assertThat(channel.refusal()).contains("administrators", "not a channel");
        assertThat(asked).isEmpty();
    }

    @Test
    void shouldRefuseWhenTelegramCannotSay() {
        AdminCheck.Verdict unchecked = check.mayChangeSubscriptions(inGroup(USER));

        assertThat(unchecked.allowed()).isFalse();
        assertThat(unchecked.refusal()).contains("couldn't check that you're an admin", "try again");
    }

    @Test
    void shouldLetAUserManageTheirOwnSubscriptionsInAPrivateChat() {
        assertThat(check.mayChangeSubscriptions(ChatRequest.privateChat(USER, "/subscribe")))
                .isEqualTo(AdminCheck.Verdict.ALLOWED);
        assertThat(asked).isEmpty();
    }

    private static ChatRequest inGroup(long sender) {
        return new ChatRequest(GROUP, ChatType.SUPERGROUP, sender, "/subscribe Shenzhen", false);
    }
}
