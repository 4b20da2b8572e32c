package dev.briefbot.telegram.conversation;

import java.util.List;
import java.util.Set;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.subscription.ChatGone;
import dev.briefbot.subscription.ChatMigrated;
import dev.briefbot.subscription.Membership;
import dev.briefbot.telegram.intake.TelegramUpdate;
import dev.briefbot.telegram.sending.BotApi;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What Telegram says about the bot's place in a chat: removed or kicked ({@code my_chat_member}) is published as
 * {@link ChatGone}, a group become a supergroup (the migration's service message) as {@link ChatMigrated}, for the
 * subscriptions to follow; added to a group, the bot says hello and how to subscribe.
 */
public final class MembershipChanges {

    private static final Set<String> OUTSIDE = Set.of("left", "kicked");
    private static final Set<String> INSIDE = Set.of("member", "administrator");

    private final ApplicationEventPublisher events;
    private final TelegramHtmlRenderer renderer;
    private final BotApi sender;

    public MembershipChanges(ApplicationEventPublisher events, TelegramHtmlRenderer renderer, BotApi sender) {
        this.events = events;
        this.renderer = renderer;
        this.sender = sender;
    }

    /** A {@code my_chat_member} update: the bot's own status in the chat changed. */
    void changed(TelegramUpdate.MembershipChange change) {
        if (OUTSIDE.contains(change.now())) {
            events.publishEvent(new ChatGone(change.chatId(), "the bot is " + change.now()));
        } else if (OUTSIDE.contains(change.before()) && INSIDE.contains(change.now()) && !change.isPrivate()) {
            welcome(change.chatId());
        }
    }

    /** A service message: the group moved to a supergroup, before any send to the old id fails. */
    void migrated(TelegramUpdate.Migration migration) {
        events.publishEvent(new ChatMigrated(migration.chatId(), migration.toChatId()));
    }

    private void welcome(long chatId) {
        Answer welcome = Membership.welcome();
        List<String> messages = renderer.render(welcome);
        Reply reply = Reply.into(chatId);
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            sender.execute(reply.message(messages.get(i), i == 0, last ? SuggestionButtons.of(welcome.suggestions())
                    : null));
        }
    }
}
