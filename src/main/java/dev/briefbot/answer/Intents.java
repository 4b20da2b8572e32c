package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.briefbot.brief.Region;

/**
 * The table of intents: a question is parsed once, read in the context of the previous answer when it follows up on
 * it, and answered by the intent that fits it best (the first in the table on a tie).
 */
final class Intents {

    /** Cues that make a question about the brief itself: "it" there is the brief, never a region. */
    private static final Set<Cue> ABOUT_THE_BRIEF = Set.of(Cue.DATE, Cue.TIME, Cue.PUBLISHED, Cue.PUBLISHER,
            Cue.SECTION, Cue.HEADLINE, Cue.SUBTITLE, Cue.TIMEZONE, Cue.URL, Cue.AUTHOR, Cue.SUMMARY);

    private final QuestionParser parser;
    private final Answering answering;
    private final List<Intent> table;

    Intents(QuestionParser parser, Answering answering) {
        this.parser = parser;
        this.answering = answering;
        List<Intent> intents = new ArrayList<>();
        intents.addAll(BriefIntents.of(answering));
        intents.addAll(RankingIntents.of(answering));
        intents.addAll(CountIntents.of(answering));
        intents.addAll(PeopleIntents.of(answering));
        intents.addAll(TopicIntents.of(answering));
        this.table = List.copyOf(intents);
    }

    List<Intent> table() {
        return table;
    }

    Question parse(String text, Optional<Subject> context) {
        return parser.parse(text, context);
    }

    Answer answer(String text, Optional<Subject> context) {
        Question question = parser.parse(text, context);
        return followUp(question).orElseGet(() -> answer(resolved(question)));
    }

    /** The answer of the intent that fits best, about what it answered. */
    Answer answer(Question question) {
        return best(question).answer(question);
    }

    Intent best(Question question) {
        Intent best = table.get(table.size() - 1);
        int fit = Intent.NONE;
        for (Intent intent : table) {
            int score = intent.fit(question);
            if (score > fit) {
                best = intent;
                fit = score;
            }
        }
        return best;
    }

    /** The question with "she" and "it" read as the person and the region the previous answer was about. */
    Question resolved(Question question) {
        if (question.context().isEmpty()) {
            return question;
        }
        Subject context = question.context().get();
        Question resolved = question;
        if (question.has(Cue.PRONOUN_PERSON) && question.people().isEmpty() && context.people().size() == 1) {
            resolved = resolved.withPeople(context.people());
        }
        boolean aboutTheBrief = question.cueSet().stream().anyMatch(ABOUT_THE_BRIEF::contains);
        if (question.has(Cue.PRONOUN_THING) && question.regions().isEmpty() && !context.regions().isEmpty()
                && !aboutTheBrief) {
            resolved = resolved.withRegions(regions(context.regions().subList(0, 1)));
        }
        return resolved;
    }

    /**
     * Follow-ups that change the previous question rather than ask a new one: "and Shanghai?" asks it again of
     * Shanghai; "what else did she propose?" asks for the rest.
     */
    private Optional<Answer> followUp(Question question) {
        if (question.context().isEmpty()) {
            return Optional.empty();
        }
        Subject context = question.context().get();
        Question resolved = resolved(question);
        if (question.has(Cue.ELSE) && !resolved.people().isEmpty() && !question.hasContent()) {
            return Optional.of(answering.advisors().more(resolved.people().get(0), context.shown()));
        }
        if (question.has(Cue.ELSE) && question.has(Cue.WHO) && !context.topic().isBlank() && !question.hasContent()) {
            return Optional.of(othersOn(context));
        }
        if (!question.has(Cue.ELLIPSIS) || context.ask().isBlank()) {
            return Optional.empty();
        }
        Question previous = parser.parse(context.ask(), Optional.empty());
        boolean newSlot = !question.regions().isEmpty() || !question.people().isEmpty();
        if (newSlot && !question.hasContent()) {
            Question again = previous;
            if (!question.regions().isEmpty() || !question.people().isEmpty()) {
                again = again.withRegions(question.regions()).withPeople(question.people());
            }
            return Optional.of(answer(again));
        }
        if (question.hasContent() && !newSlot && previous.hasContent()) {
            String topic = question.contentText();
            String asked = previous.words().stream()
                    .filter(word -> !previous.content().contains(word))
                    .map(Word::typed).collect(Collectors.joining(" ")) + " " + topic;
            return Optional.of(answer(parser.parse(asked, Optional.empty())));
        }
        return Optional.empty();
    }

    /** "who else?": the people the previous topic search did not show, or that there is nobody else. */
    private Answer othersOn(Subject context) {
        List<ProposalFact> found = answering.search().search(context.topic()).stream()
                .filter(fact -> !context.shown().contains(Counts.key(fact)))
                .filter(fact -> !context.people().contains(fact.person().name()))
                .toList();
        if (found.isEmpty()) {
            return Answer.of("No one else: the briefs name only " + Items.joined(context.people(), "and")
                    + " on " + context.topic() + ".").about(context);
        }
        List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
        return new Answer("Also on " + context.topic() + ": " + Items.joined(people, "and") + ".",
                found.stream().map(answering.items()::proposal).toList(), List.of(),
                people.stream().map(PeopleQuestions::advisor).toList())
                .about(context.withPeople(people).withShown(TopicIntents.shown(found)));
    }

    private List<Region> regions(List<String> ids) {
        return ids.stream().flatMap(id -> answering.facts().gazetteer().find(id).stream()).toList();
    }

    /** For tests: the intent every intent name of the table maps to. */
    Map<String, List<Intent>> byName() {
        return table.stream().collect(Collectors.groupingBy(Intent::name));
    }
}
