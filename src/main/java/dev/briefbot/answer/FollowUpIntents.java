package dev.briefbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.briefbot.brief.Region;

/**
 * Questions that only make sense after the last answer, read in its context: "what else did she propose?", "who
 * else?", "which one of them is about the law?", "how many people is that?", "which of those have proposals?", "and
 * Shanghai?". Each fits only when the chat has a context ({@link Question#context()}); pronouns ("she", "it") are
 * already read as the context's person and region before any intent is asked.
 */
final class FollowUpIntents {

    private FollowUpIntents() {
    }

    static List<Intent> of(Answering answering, QuestionParser parser, Function<Question, Answer> reask) {
        return List.of(new WhatElse(answering), new WhoElse(answering), new AmongThem(answering),
                new HowManyIsThat(), new WhichOfThose(answering), new AndAgain(parser, reask));
    }

    private static final int FOLLOWS = Intent.EXACT + 10;

    private static Subject context(Question question) {
        return question.context().orElseThrow();
    }

    /** "what else did she propose?": the person's proposals the last answer did not show. */
    record WhatElse(Answering answering) implements Intent {

        @Override
        public String name() {
            return "follow-ups";
        }

        @Override
        public int fit(Question question) {
            return question.context().isPresent() && question.has(Cue.ELSE) && !question.people().isEmpty()
                    && !question.hasContent() ? FOLLOWS : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.advisors().more(question.people().get(0), context(question).shown());
        }
    }

    /** "who else?": the people the last topic search did not show, or that there is nobody else. */
    record WhoElse(Answering answering) implements Intent {

        @Override
        public String name() {
            return "follow-ups";
        }

        @Override
        public int fit(Question question) {
            return question.context().isPresent() && question.hasAll(Cue.ELSE, Cue.WHO)
                    && !context(question).topic().isBlank() && !question.hasContent() ? FOLLOWS : NONE;
        }

        @Override
        public Answer answer(Question question) {
            Subject context = context(question);
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
                    answering.items().byPerson(found), List.of(),
                    people.stream().map(PeopleQuestions::advisor).toList())
                    .about(context.withPeople(people).withShown(TopicIntents.shown(found)));
        }
    }

    /** "which one of them is about the law?": the search, among the people of the last answer. */
    record AmongThem(Answering answering) implements Intent {

        @Override
        public String name() {
            return "follow-ups";
        }

        @Override
        public int fit(Question question) {
            boolean amongThem = question.context().isPresent() && question.hasAny(Cue.AMONG, Cue.WHICH)
                    && question.hasContent() && question.people().isEmpty() && context(question).people().size() > 1;
            return amongThem && !found(question).isEmpty() ? FOLLOWS : NONE;
        }

        @Override
        public Answer answer(Question question) {
            List<ProposalFact> found = found(question);
            List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
            return new Answer(Items.joined(people, "and") + ", on " + question.contentText() + ".",
                    answering.items().byPerson(found), List.of(),
                    people.stream().map(PeopleQuestions::advisor).toList())
                    .about(context(question).withPeople(people).withShown(TopicIntents.shown(found)));
        }

        private List<ProposalFact> found(Question question) {
            List<String> people = context(question).people();
            return answering.search().search(question.contentText()).stream()
                    .filter(fact -> people.contains(fact.person().name())).toList();
        }
    }

    /** "how many people is that?": the people of the last answer, counted. */
    record HowManyIsThat() implements Intent {

        @Override
        public String name() {
            return "follow-ups";
        }

        @Override
        public int fit(Question question) {
            return question.context().isPresent() && question.has(Cue.COUNT)
                    && question.hasAny(Cue.PRONOUN_THING, Cue.DEMONSTRATIVE) && !question.hasContent()
                    && question.regions().isEmpty() && question.people().isEmpty()
                    && !context(question).people().isEmpty() ? FOLLOWS : NONE;
        }

        @Override
        public Answer answer(Question question) {
            Subject context = context(question);
            return Answer.of(BriefAnswers.count(context.people().size(), "person", "people") + ": "
                            + Items.joined(context.people(), "and") + ".")
                    .withSuggestions(context.people().stream().map(PeopleQuestions::advisor).toList())
                    .about(context);
        }
    }

    /** "which of those have advisors quoted?": the regions of the last answer that have proposals. */
    record WhichOfThose(Answering answering) implements Intent {

        @Override
        public String name() {
            return "follow-ups";
        }

        @Override
        public int fit(Question question) {
            return question.context().isPresent() && question.hasAny(Cue.WHICH, Cue.AMONG)
                    && question.has(Cue.DEMONSTRATIVE) && question.regions().isEmpty()
                    && question.hasAny(Cue.PEOPLE, Cue.PROPOSALS, Cue.STATEMENTS, Cue.SAID, Cue.PROPOSED)
                    && context(question).regions().size() > 1 ? FOLLOWS : NONE;
        }

        @Override
        public Answer answer(Question question) {
            Subject context = context(question);
            List<Region> with = context.regions().stream()
                    .flatMap(id -> answering.facts().gazetteer().find(id).stream())
                    .filter(region -> !answering.regions().proposalsOf(region).isEmpty()).toList();
            String headline = with.isEmpty() ? "None of them has a proposal in the briefs."
                    : BriefAnswers.count(with.size(), "of them has", "of them have") + " proposals or statements: "
                    + Items.joined(with.stream().map(region -> region.name() + " ("
                    + answering.regions().proposalsOf(region).size() + ")").toList(), "and") + ".";
            return new Answer(headline, List.of(), List.of(), with.stream()
                    .map(region -> new Answer.Suggestion(region.name(), "/region " + region.name())).toList())
                    .about(context.withRegions(with.stream().map(Region::id).toList()));
        }
    }

    /**
     * "and Shanghai?", "what about Xu Li?", "and education?": the last question asked again, of the region, person
     * or topic named now.
     */
    record AndAgain(QuestionParser parser, Function<Question, Answer> reask) implements Intent {

        @Override
        public String name() {
            return "follow-ups";
        }

        @Override
        public int fit(Question question) {
            if (question.context().isEmpty() || !question.has(Cue.ELLIPSIS) || context(question).ask().isBlank()
                    || question.hasAny(Cue.BELOW, Cue.ABOVE, Cue.PRONOUN_THING, Cue.PRONOUN_PERSON)) {
                return NONE;
            }
            return again(question).isPresent() ? FOLLOWS : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return reask.apply(again(question).orElseThrow());
        }

        private Optional<Question> again(Question question) {
            Question previous = parser.parse(context(question).ask(), Optional.empty());
            boolean newSlot = !question.regions().isEmpty() || !question.people().isEmpty();
            if (newSlot && !question.hasContent()) {
                return Optional.of(previous.withRegions(question.regions()).withPeople(question.people()));
            }
            if (question.hasContent() && !newSlot && previous.hasContent()) {
                String asked = previous.words().stream()
                        .filter(word -> !previous.content().contains(word))
                        .map(Word::typed).collect(Collectors.joining(" ")) + " " + question.contentText();
                return Optional.of(parser.parse(asked, Optional.empty()));
            }
            return Optional.empty();
        }
    }
}
