package dev.briefbot.subscription;

import java.util.Optional;
import java.util.Set;

import dev.briefbot.chat.ChatRequest;

/**
 * Who may change a chat's subscriptions: in a private chat its user; in a group its creator and administrators, asked
 * of Telegram at the moment they ask (an admin demoted a minute ago is no longer one). An anonymous admin writes as
 * the group itself and counts as an admin; a channel writing in the group does not. When the check cannot be made,
 * the answer is no.
 */
public final class AdminCheck {

    /** The chat members' standing as Telegram reports it ({@code getChatMember}). */
    @FunctionalInterface
    public interface Members {

        /** Telegram's status of the user in the chat ("creator", "administrator", "member", …); empty if unknown. */
        Optional<String> statusOf(long chatId, long userId);
    }

    /** The decision, with what a refused user is told. */
    public enum Verdict {
        ALLOWED(""),
        NOT_AN_ADMIN("Only this group's administrators can change its subscriptions."),
        A_CHANNEL("Only this group's administrators can change its subscriptions, not a channel posting in it."),
        UNCHECKED("I couldn't check that you're an admin; please try again in a moment.");

        private final String refusal;

        Verdict(String refusal) {
            this.refusal = refusal;
        }

        public boolean allowed() {
            return this == ALLOWED;
        }

        public String refusal() {
            return refusal;
        }
    }

    private static final Set<String> ADMINS = Set.of("creator", "administrator");

    private final Members members;

    public AdminCheck(Members members) {
        this.members = members;
    }

    /** Whether the sender of the request may change the subscriptions of its chat. */
    public Verdict mayChangeSubscriptions(ChatRequest request) {
        if (request.isPrivate() || request.senderId() == request.chatId()) {
            // a private chat is its user's own; in a group, a message as the group itself is an anonymous admin's
            return Verdict.ALLOWED;
        }
        if (request.senderId() < 0) {
            // users have positive ids, chats negative: a channel (a linked one, or a user posting as theirs)
            return Verdict.A_CHANNEL;
        }
        return members.statusOf(request.chatId(), request.senderId())
                .map(status -> ADMINS.contains(status) ? Verdict.ALLOWED : Verdict.NOT_AN_ADMIN)
                .orElse(Verdict.UNCHECKED);
    }
}
