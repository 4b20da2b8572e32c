package dev.briefbot.subscription;

import java.util.List;

import dev.briefbot.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * A chat's subscriptions follow the chat: they end when the bot is removed or the chat is gone (and what was waiting
 * to be sent there is dropped), and move when a group becomes a supergroup under a new id. The transport tells of
 * both as events ({@link ChatGone}, {@link ChatMigrated}), whether it found out from an update or from a failed send.
 */
public final class Membership {

    private static final Logger log = LoggerFactory.getLogger(Membership.class);

    private final SubscriptionStore subscriptions;
    private final OutboxStore outbox;

    public Membership(SubscriptionStore subscriptions, OutboxStore outbox) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    /** Nothing more is sent to the chat: its subscriptions end and its pending notifications are dropped. */
    public void ended(long chatId, String why) {
        int ended = subscriptions.removeAll(chatId);
        int dropped = outbox.dropChat(chatId);
        if (ended > 0 || dropped > 0) {
            log.info("Chat {} is gone ({}): {} subscriptions ended, {} pending notifications dropped", chatId, why,
                    ended, dropped);
        }
    }

    /** The group became a supergroup: its subscriptions and pending notifications now belong to the new id. */
    public void moved(long fromChatId, long toChatId) {
        int moved = subscriptions.moveChat(fromChatId, toChatId);
        int pending = outbox.moveChat(fromChatId, toChatId);
        if (moved > 0 || pending > 0) {
            log.info("Chat {} became {}: {} subscriptions and {} pending notifications moved", fromChatId, toChatId,
                    moved, pending);
        }
    }

    @EventListener
    void chatGone(ChatGone gone) {
        ended(gone.chatId(), gone.reason());
    }

    @EventListener
    void chatMigrated(ChatMigrated migrated) {
        moved(migrated.fromChatId(), migrated.toChatId());
    }

    /** What the bot says when it is added to a group: what it does, and how the group can hear of new briefs. */
    public static Answer welcome() {
        return new Answer("Hello! I answer questions about policy briefs, with the verbatim quote and its source.",
                List.of(), List.of(
                        "Ask /region Shenzhen, /who elderly care, or mention me with a question.",
                        "An administrator can send /subscribe Shenzhen and this group will hear when a new brief "
                                + "brings proposals about Shenzhen; /subscribe with a topic from /topics works too, "
                                + "and a bare /subscribe brings every new brief."),
                List.of(new Answer.Suggestion("Help", "/help"), new Answer.Suggestion("Topics", "/topics")));
    }
}
