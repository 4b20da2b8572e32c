package dev.briefbot.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.answer.ProposalFact;

/**
 * Who hears of a new library version, and what: for each chat, the new proposals its subscriptions match, as one
 * message. A chat with two matching subscriptions (Shenzhen, and the topic "elderly care") gets one message listing
 * the union, each proposal once: the group hears of the brief once, never the same proposal twice. A chat whose
 * subscriptions match nothing new gets nothing.
 * <p>
 * Matching reuses what the answers use: a region subscription hears of the proposals {@code /region} shows for it (a
 * province's include its cities'), a topic subscription those {@code /topics} counts under the topic, and a
 * subscription to everything every new proposal.
 */
public final class Notifications {

    /**
     * One chat's message about a new version, in the channel's format and within one message, and the follow-ups to
     * show as buttons ({@code /who TOPIC}, {@code /advisor NAME}, each one the channel can carry).
     */
    public record Notice(long chatId, String text, List<Answer.Suggestion> suggestions) {

        public Notice {
            Objects.requireNonNull(text, "text");
            suggestions = List.copyOf(suggestions);
        }

        /** The row for the outbox: the text and its buttons. */
        public OutboxStore.Notification notification() {
            return new OutboxStore.Notification(chatId, text, suggestions);
        }
    }

    private final Answers answers;
    private final NotificationText text;

    /**
     * @param answers over the new library, the one the change was computed for
     * @param channel where the notices go, which renders them
     */
    public Notifications(Answers answers, NotificationChannel channel) {
        this.answers = answers;
        this.text = new NotificationText(answers, channel);
    }

    /** One notice per chat that has at least one subscription matching a new proposal, in the order of the chats. */
    public List<Notice> of(LibraryChange change, List<Subscription> subscriptions) {
        if (change.bringsNothing()) {
            return List.of();
        }
        List<Notice> notices = new ArrayList<>();
        filtersByChat(subscriptions).forEach((chatId, filters) -> {
            List<Filter> matching = filters.stream().filter(filter -> !matches(filter, change).isEmpty()).toList();
            if (!matching.isEmpty()) {
                notices.add(text.notice(chatId, matching, union(matching, change), change));
            }
        });
        return notices;
    }

    /** The new proposals the filter hears of, in library order. */
    List<ProposalFact> matches(Filter filter, LibraryChange change) {
        return switch (filter.kind()) {
            case ALL -> change.newProposals();
            case REGION -> onlyNew(regionProposals(filter.value()), change);
            case TOPIC -> onlyNew(answers.proposalsOn(filter.value()), change);
        };
    }

    private List<ProposalFact> regionProposals(String regionId) {
        return answers.library().gazetteer().find(regionId)
                .map(answers::proposalsAbout)
                // a region the gazetteer dropped since: no proposal can name it, the loader checks every reference
                .orElse(List.of());
    }

    /** What the filters hear of together, each proposal once, in library order. */
    private List<ProposalFact> union(List<Filter> filters, LibraryChange change) {
        Set<String> wanted = filters.stream().flatMap(filter -> matches(filter, change).stream())
                .map(Notifications::key).collect(Collectors.toSet());
        return change.newProposals().stream().filter(fact -> wanted.contains(key(fact))).toList();
    }

    private static List<ProposalFact> onlyNew(List<ProposalFact> proposals, LibraryChange change) {
        Set<String> added = change.newProposals().stream().map(Notifications::key).collect(Collectors.toSet());
        return proposals.stream().filter(fact -> added.contains(key(fact))).toList();
    }

    // by ids, not by record equality: a ProposalFact's equals and hash walk its whole brief
    private static String key(ProposalFact fact) {
        return fact.brief().id() + "/" + fact.proposal().id();
    }

    private static Map<Long, List<Filter>> filtersByChat(List<Subscription> subscriptions) {
        Map<Long, List<Filter>> byChat = new LinkedHashMap<>();
        subscriptions.forEach(subscription -> byChat
                .computeIfAbsent(subscription.chatId(), chat -> new ArrayList<>()).add(subscription.filter()));
        return byChat;
    }
}
