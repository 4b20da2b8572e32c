package dev.briefbot.subscription;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.answer.ProposalFact;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Region;

/**
 * A notification as a chat reads it: a headline saying what it follows, then per brief its title, publisher and
 * date, and under it each matching proposal (who, summary, region). Built as an {@link Answer} and rendered by the
 * {@link NotificationChannel}, which escapes it like every answer. It is one message: when the proposals do not fit
 * in one (4096 characters on Telegram), the last ones give way to "…and N more — /region Shenzhen".
 */
final class NotificationText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int MOST_BUTTONS = 6;

    private final Answers answers;
    private final SubscriptionCommandsArgument filters;
    private final NotificationChannel channel;

    NotificationText(Answers answers, NotificationChannel channel) {
        this.answers = answers;
        this.channel = channel;
        this.filters = new SubscriptionCommandsArgument(answers);
    }

    /** The notice for one chat: {@code proposals} are the union its {@code matching} filters hear of, non-empty. */
    Notifications.Notice notice(long chatId, List<Filter> matching, List<ProposalFact> proposals,
                                LibraryChange change) {
        Set<String> newBriefs = new LinkedHashSet<>(change.newBriefs().stream().map(Brief::id).toList());
        int shown = mostThatFit(matching, proposals, newBriefs);
        Answer answer = answer(matching, proposals, shown, newBriefs);
        return new Notifications.Notice(chatId, channel.messages(answer).get(0), answer.suggestions());
    }

    /** The largest number of proposals, at least one, whose message fits; fewer shown never makes it longer. */
    private int mostThatFit(List<Filter> matching, List<ProposalFact> proposals, Set<String> newBriefs) {
        int low = 1;
        int high = proposals.size();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (fits(answer(matching, proposals, middle, newBriefs))) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private boolean fits(Answer answer) {
        return channel.messages(answer).size() == 1;
    }

    private Answer answer(List<Filter> matching, List<ProposalFact> proposals, int shown, Set<String> newBriefs) {
        List<ProposalFact> listed = proposals.subList(0, shown);
        int more = proposals.size() - shown;
        List<String> notes = more == 0 ? List.of()
                : List.of("…and " + more + " more — " + whereTheRestAre(matching));
        List<Answer.Suggestion> buttons = new ArrayList<>();
        if (more > 0) {
            buttons.add(new Answer.Suggestion(more + " more", whereTheRestAre(matching)));
        }
        buttons.addAll(suggestions(matching, listed));
        return new Answer(headline(matching, proposals), items(listed, newBriefs), notes,
                buttons.stream().filter(button -> channel.fitsAButton(button.command())).limit(MOST_BUTTONS).toList());
    }

    /** "2 new proposals about Shenzhen (深圳, Guangdong) and on the topic “elderly care”". */
    private String headline(List<Filter> matching, List<ProposalFact> proposals) {
        String what = proposals.size() + " new " + noun(proposals);
        if (matching.stream().anyMatch(filter -> filter.kind() == Filter.Kind.ALL)) {
            return what + " in the briefs";
        }
        return what + " " + String.join(" and ", matching.stream().map(this::about).toList());
    }

    private String about(Filter filter) {
        return (filter.kind() == Filter.Kind.REGION ? "about " : "on ") + filters.label(filter);
    }

    private static String noun(List<ProposalFact> proposals) {
        Set<Proposal.Kind> kinds = new LinkedHashSet<>();
        proposals.forEach(fact -> kinds.add(fact.proposal().kind()));
        boolean one = proposals.size() == 1;
        if (kinds.size() > 1) {
            return "proposals and statements";
        }
        return kinds.contains(Proposal.Kind.STATEMENT) ? (one ? "statement" : "statements")
                : (one ? "proposal" : "proposals");
    }

    /** Per brief: the brief, then its proposals. */
    private List<Answer.Item> items(List<ProposalFact> listed, Set<String> newBriefs) {
        Map<String, List<ProposalFact>> byBrief = new LinkedHashMap<>();
        listed.forEach(fact -> byBrief.computeIfAbsent(fact.brief().id(), id -> new ArrayList<>()).add(fact));
        List<Answer.Item> items = new ArrayList<>();
        byBrief.values().forEach(facts -> {
            Brief brief = facts.get(0).brief();
            items.add(brief(brief, newBriefs.contains(brief.id())));
            facts.stream().map(this::proposal).forEach(items::add);
        });
        return items;
    }

    /** "New brief: Deputies bring AI to the two sessions", "Sample Times, 5 March 2024"; "Added to: …" if edited. */
    private static Answer.Item brief(Brief brief, boolean isNew) {
        return new Answer.Item((isNew ? "New brief: " : "Added to the brief: ") + brief.title(),
                List.of(brief.publisher() + ", " + DAY.format(brief.published().date())), List.of());
    }

    /** "Li Mei — deputy to the National People's Congress", the summary, "Region: Shenzhen". */
    private Answer.Item proposal(ProposalFact fact) {
        String role = fact.person().roles().isEmpty() ? "" : " — " + fact.person().roles().get(0);
        String verb = fact.proposal().kind() == Proposal.Kind.STATEMENT ? "Said: " : "Proposed: ";
        List<String> lines = new ArrayList<>(List.of(verb + fact.proposal().summary()));
        List<String> regions = fact.proposal().regions().stream().map(this::regionName).toList();
        if (!regions.isEmpty()) {
            lines.add("Region: " + String.join(", ", regions));
        }
        return new Answer.Item(fact.person().name() + role, lines, List.of());
    }

    /** Buttons: {@code /who} for the topics the chat follows and those of the proposals, then {@code /advisor}. */
    private List<Answer.Suggestion> suggestions(List<Filter> matching, List<ProposalFact> listed) {
        // one button per topic, as /topics counts them: "Elderly Care" is "elderly care"
        Map<String, String> topics = new LinkedHashMap<>();
        matching.stream().filter(filter -> filter.kind() == Filter.Kind.TOPIC).map(Filter::value)
                .forEach(topic -> topics.putIfAbsent(topic.toLowerCase(Locale.ROOT), topic));
        listed.forEach(fact -> fact.proposal().topics().stream().findFirst()
                .ifPresent(topic -> topics.putIfAbsent(topic.strip().toLowerCase(Locale.ROOT), topic.strip())));
        List<Answer.Suggestion> suggestions = new ArrayList<>();
        topics.values().forEach(topic -> suggestions.add(new Answer.Suggestion(topic, "/who " + topic)));
        listed.stream().map(fact -> fact.person().name()).distinct()
                .forEach(name -> suggestions.add(new Answer.Suggestion(name, "/advisor " + name)));
        return suggestions;
    }

    /** Where a chat finds the proposals a long notification leaves out: the first thing it follows, else /source. */
    private String whereTheRestAre(List<Filter> matching) {
        return matching.stream().filter(filter -> filter.kind() != Filter.Kind.ALL).findFirst()
                .map(filter -> filter.kind() == Filter.Kind.REGION
                        ? "/region " + filters.typed(filter) : "/who " + filter.value())
                .orElse("/source");
    }

    private String regionName(String id) {
        return answers.library().gazetteer().find(id).map(Region::name).orElse(id);
    }
}
