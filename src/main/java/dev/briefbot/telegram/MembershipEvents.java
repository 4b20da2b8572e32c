package dev.briefbot.telegram;

import java.util.List;
import java.util.Set;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.subscription.Membership;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What Telegram says about the bot's place in a chat, applied to its subscriptions: removed or kicked
 * ({@code my_chat_member}), or the chat gone as the sender found ({@link ChatGone}), ends them; a group that became a
 * supergroup ({@link ChatMigrated}, or the migration's service message) moves them; added to a group, the bot says
 * hello and how to subscribe.
 */
final class MembershipEvents {

    private static final Set<String> OUTSIDE = Set.of("left", "kicked");
    private static final Set<String> INSIDE = Set.of("member", "administrator");

    private final Membership membership;
    private final TelegramHtmlRenderer renderer;
    private final TelegramSender sender;

    MembershipEvents(Membership membership, TelegramHtmlRenderer renderer, TelegramSender sender) {
        this.membership = membership;
        this.renderer = renderer;
        this.sender = sender;
    }

    /** A {@code my_chat_member} update: the bot's own status in the chat changed. */
    void changed(ChatMemberUpdated update) {
        Chat chat = update.getChat();
        String before = update.getOldChatMember() == null ? "left" : update.getOldChatMember().getStatus();
        String now = update.getNewChatMember().getStatus();
        if (OUTSIDE.contains(now)) {
            membership.ended(chat.getId(), "the bot is " + now);
        } else if (OUTSIDE.contains(before) && INSIDE.contains(now) && !chat.isUserChat()) {
            welcome(chat.getId());
        }
    }

    /** A service message: the group moved to a supergroup, before any send to the old id fails. */
    void migrated(Message message) {
        if (message.getMigrateToChatId() != null) {
            membership.moved(message.getChatId(), message.getMigrateToChatId());
        }
    }

    @EventListener
    void chatGone(ChatGone gone) {
        membership.ended(gone.chatId(), gone.reason());
    }

    @EventListener
    void chatMigrated(ChatMigrated migrated) {
        membership.moved(migrated.fromChatId(), migrated.toChatId());
    }

    private void welcome(long chatId) {
        Answer welcome = membership.welcome();
        List<String> messages = renderer.render(welcome);
        Reply reply = new Reply(chatId, null, null);
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            sender.execute(reply.message(messages.get(i), i == 0, last ? SuggestionButtons.of(welcome.suggestions())
                    : null));
        }
    }
}
