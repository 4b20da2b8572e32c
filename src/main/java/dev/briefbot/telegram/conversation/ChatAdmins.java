package dev.briefbot.telegram.conversation;

import java.time.Duration;
import java.util.Optional;

import dev.briefbot.subscription.AdminCheck;
import dev.briefbot.telegram.sending.BotApi;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * A group's members as Telegram reports them, asked live per command: an admin's standing can change at any moment.
 * Someone waits for the answer, so Telegram is asked once, for at most {@link #WAIT}; unanswered, the status is
 * unknown and the change refused (nothing is granted).
 */
public final class ChatAdmins implements AdminCheck.Members {

    static final Duration WAIT = Duration.ofSeconds(5);

    private final BotApi sender;

    public ChatAdmins(BotApi sender) {
        this.sender = sender;
    }

    @Override
    public Optional<String> statusOf(long chatId, long userId) {
        return sender.once(GetChatMember.builder().chatId(String.valueOf(chatId)).userId(userId).build(), WAIT)
                .map(ChatMember::getStatus);
    }
}
