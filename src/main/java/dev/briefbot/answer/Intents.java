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

    /** {@code /who TOPIC}: the topic search on the topic as typed, its mentions when it finds nothing. */
    Answer who(String topic) {
        if (topic == null || topic.isBlank()) {
            return answering.search().who(topic);
        }
        // a topic as typed: "/who regional" is about "regional", though "region" asks for a region elsewhere
        List<Word> words = Word.of(topic).stream().filter(word -> !Question.isLittleWord(word.lower())).toList();
        return TopicIntents.whoProposed(answering, parser.parse(topic, Optional.empty()), topic, words);
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
        // "and the one after?": a neighbour needs a region, and the last answer was about one
        boolean needsARegion = question.has(Cue.PRONOUN_THING)
                || question.hasAny(Cue.BELOW, Cue.ABOVE) && question.ordinals().isEmpty();
        if (needsARegion && question.regions().isEmpty() && !context.regions().isEmpty() && !aboutTheBrief) {
            // after a list ("/rankings 3"), "the one after" is after its last; anything else is about its first
            List<String> ids = context.regions();
            boolean after = question.has(Cue.BELOW) && !question.has(Cue.ABOVE) && ids.size() > 1;
            resolved = resolved.withRegions(regions(after ? ids.subList(ids.size() - 1, ids.size())
                    : ids.subList(0, 1)));
        }
        // "where does his region rank?": the person's region
        if (resolved.has(Cue.RANK) && resolved.regions().isEmpty() && resolved.people().size() == 1) {
            String person = resolved.people().get(0);
            List<Region> own = answering.facts().people().stream()
                    .filter(fact -> fact.person().name().equals(person))
                    .map(fact -> fact.person().region()).filter(id -> id != null).distinct()
                    .flatMap(id -> answering.facts().gazetteer().find(id).stream()).toList();
            if (!own.isEmpty()) {
                resolved = resolved.withRegions(own.subList(0, 1)).withPeople(List.of());
            }
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
        // "which one of them is about the law?": the search, among the people of the last answer
        if (question.hasAny(Cue.AMONG, Cue.WHICH) && question.hasContent() && resolved.people().isEmpty()
                && context.people().size() > 1) {
            List<ProposalFact> found = answering.search().search(question.contentText()).stream()
                    .filter(fact -> context.people().contains(fact.person().name())).toList();
            if (!found.isEmpty()) {
                List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
                return Optional.of(new Answer(Items.joined(people, "and") + ", on " + question.contentText() + ".",
                        found.stream().map(answering.items()::proposal).toList(), List.of(),
                        people.stream().map(PeopleQuestions::advisor).toList())
                        .about(context.withPeople(people).withShown(TopicIntents.shown(found))));
            }
        }
        // "how many people is that?": the people of the last answer, counted
        if (question.has(Cue.COUNT) && question.hasAny(Cue.PRONOUN_THING, Cue.DEMONSTRATIVE) && !question.hasContent()
                && question.regions().isEmpty() && question.people().isEmpty() && !context.people().isEmpty()) {
            return Optional.of(Answer.of(BriefAnswers.count(context.people().size(), "person", "people") + ": "
                            + Items.joined(context.people(), "and") + ".")
                    .withSuggestions(context.people().stream().map(PeopleQuestions::advisor).toList())
                    .about(context));
        }
        // "which of those have advisors quoted?": the regions of the last answer that have proposals
        if (question.hasAny(Cue.WHICH, Cue.AMONG) && question.has(Cue.DEMONSTRATIVE) && question.regions().isEmpty()
                && question.hasAny(Cue.PEOPLE, Cue.PROPOSALS, Cue.STATEMENTS, Cue.SAID, Cue.PROPOSED)
                && context.regions().size() > 1) {
            List<Region> with = regions(context.regions()).stream()
                    .filter(region -> !answering.regions().proposalsOf(region).isEmpty()).toList();
            String headline = with.isEmpty() ? "None of them has a proposal in the briefs."
                    : BriefAnswers.count(with.size(), "of them has", "of them have") + " proposals or statements: "
                    + Items.joined(with.stream().map(region -> region.name() + " ("
                    + answering.regions().proposalsOf(region).size() + ")").toList(), "and") + ".";
            return Optional.of(new Answer(headline, List.of(), List.of(), with.stream()
                    .map(region -> new Answer.Suggestion(region.name(), "/region " + region.name())).toList())
                    .about(context.withRegions(with.stream().map(Region::id).toList())));
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
