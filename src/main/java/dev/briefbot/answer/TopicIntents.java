package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Questions about what was proposed: a region's proposals, who proposed a topic, whether a topic came up at all. */
final class TopicIntents {

    private TopicIntents() {
    }

    static List<Intent> of(Answering answering) {
        return List.of(new RegionAsked(answering), new Discussed(answering), new WhoProposed(answering));
    }

    /** "what about Shenzhen?", "proposals for Beijing", "深圳", "what did Shanghai advisors say in 2024?". */
    record RegionAsked(Answering answering) implements Intent {

        @Override
        public String name() {
            return "region";
        }

        @Override
        public int fit(Question question) {
            return !question.regions().isEmpty() && !question.hasContent() ? GOOD : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.regions().describe(question.regions().get(0));
        }
    }

    /** "was education discussed?", "did anyone talk about blockchain?": yes or no first, then who said what. */
    record Discussed(Answering answering) implements Intent {

        @Override
        public String name() {
            return "yes-no";
        }

        @Override
        public int fit(Question question) {
            boolean asksWhether = question.yesNo() && (question.hasAny(Cue.DISCUSSED, Cue.PROPOSED, Cue.SAID)
                    || question.has(Cue.PEOPLE));
            return asksWhether && question.hasContent() ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            String topic = question.contentText();
            List<ProposalFact> found = answering.search().search(question.text());
            if (!question.people().isEmpty()) {
                found = found.stream().filter(fact -> question.people().contains(fact.person().name())).toList();
            }
            if (found.isEmpty()) {
                return yesOrNo(nothingAbout(answering, question, topic), false);
            }
            Answer answer = answering.search().who(question.text());
            List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
            String headline = "Yes. " + Items.joined(people, "and") + (people.size() == 1 ? " spoke" : " spoke")
                    + " about " + topic + ".";
            return new Answer(headline, found.stream().map(answering.items()::proposal).toList(), List.of(),
                    answer.suggestions())
                    .about(Subject.of(name(), topic).withTopic(topic).withPeople(people)
                            .withShown(shown(found)));
        }
    }

    /** "who proposed AI robots for elderly care?", and any question with a topic that nothing else fits. */
    record WhoProposed(Answering answering) implements Intent {

        @Override
        public String name() {
            return "who";
        }

        @Override
        public int fit(Question question) {
            return question.hasContent() ? FALLBACK + 20 : FALLBACK;
        }

        @Override
        public Answer answer(Question question) {
            String text = question.text();
            List<ProposalFact> found = answering.search().search(text);
            if (found.isEmpty()) {
                List<String> unknown = unknownWords(answering, question);
                if (!unknown.isEmpty()) {
                    return notMentioned(answering, question, unknown);
                }
            }
            Answer answer = answering.search().who(text);
            List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
            return answer.about(Subject.of(name(), text).withTopic(question.contentText()).withPeople(people)
                    .withShown(shown(found)));
        }
    }

    /** The content words no brief uses, as typed: "blockchain" in "who proposed blockchain?". */
    static List<String> unknownWords(Answering answering, Question question) {
        return question.content().stream()
                .filter(word -> !word.isHan() && !word.isNumber())
                .filter(word -> !Question.isLittleWord(word.lower()))
                .filter(word -> !answering.vocabulary().knows(word))
                .map(Word::typed)
                .toList();
    }

    /** "The brief does not mention Baidu.", then the topics the rest of the question reaches, never a person. */
    static Answer notMentioned(Answering answering, Question question, List<String> unknown) {
        String names = Items.joined(unknown, "or");
        String briefs = answering.facts().library().briefs().size() == 1 ? "The brief does" : "The briefs do";
        List<Answer.Suggestion> topics = relatedTopics(answering, question);
        List<String> notes = new ArrayList<>();
        notes.add(topics.isEmpty() ? "Try /topics for what the briefs cover."
                : "Related topics the briefs do cover are below.");
        return new Answer(briefs + " not mention " + names + ".", List.of(), notes,
                topics.isEmpty() ? List.of(new Answer.Suggestion("Topics", "/topics")) : topics)
                .about(Subject.of("unknown-name", question.text()));
    }

    /** The search found nothing: say so, naming nobody. */
    static Answer nothingAbout(Answering answering, Question question, String topic) {
        List<String> unknown = unknownWords(answering, question);
        if (!unknown.isEmpty()) {
            return notMentioned(answering, question, unknown);
        }
        return answering.search().who(topic.isBlank() ? question.text() : topic);
    }

    /** The same answer, with "Yes." or "No." in front of its headline. */
    static Answer yesOrNo(Answer answer, boolean yes) {
        String headline = answer.headline();
        String lead = yes ? "Yes. " : "No. ";
        if (headline.startsWith("Yes.") || headline.startsWith("No.")) {
            return answer;
        }
        return new Answer(lead + headline, answer.items(), answer.notes(), answer.suggestions(), answer.subject());
    }

    /** Topics of the proposals that the question's known words reach: offered as buttons, which name nobody. */
    private static List<Answer.Suggestion> relatedTopics(Answering answering, Question question) {
        List<String> known = question.content().stream()
                .filter(word -> answering.vocabulary().knows(word))
                .map(Word::typed).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        Set<String> topics = new LinkedHashSet<>();
        answering.search().search(String.join(" ", known))
                .forEach(fact -> topics.addAll(fact.proposal().topics()));
        return topics.stream().limit(4).map(topic -> new Answer.Suggestion(topic, "/who " + topic)).toList();
    }

    static Set<String> shown(List<ProposalFact> found) {
        Set<String> keys = new LinkedHashSet<>();
        found.forEach(fact -> keys.add(Counts.key(fact)));
        return keys;
    }
}
