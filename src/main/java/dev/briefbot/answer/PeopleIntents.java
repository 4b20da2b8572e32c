package dev.briefbot.answer;

import java.util.List;
import java.util.Set;

/** Questions about people: who someone is, where they are from, their committee, who has a kind of role. */
final class PeopleIntents {

    private PeopleIntents() {
    }

    static List<Intent> of(Answering answering) {
        return List.of(new Lacking(answering), new PersonFact(answering), new Roles(answering),
                new PeopleFrom(answering),
                new PeopleList(answering), new Person(answering), new Nobody(answering));
    }

    /** "how old are the advisors?", "which party is Xu Li in?": facts the briefs never give, said to be missing. */
    record Lacking(Answering answering) implements Intent {

        @Override
        public String name() {
            return "unknown-name";
        }

        @Override
        public int fit(Question question) {
            return question.hasAny(Cue.AGE, Cue.PARTY) && !question.has(Cue.RANK) ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            String fact = question.has(Cue.AGE) ? "age" : "political party";
            String whose = question.people().isEmpty() ? "anyone's " + fact
                    : Items.joined(question.people(), "or") + "'s " + fact;
            String briefs = answering.facts().library().briefs().size() == 1 ? "The brief does" : "The briefs do";
            return Answer.of(briefs + " not give " + whose + ".")
                    .withNotes(List.of("They give each person's roles and organisation: send /advisor for the list."))
                    .withSuggestions(List.of(new Answer.Suggestion("People", "/advisor")))
                    .about(Subject.of(name(), question.text()).withPeople(question.people()));
        }
    }

    /** "which region is she from?", "is Xu Li from Shanghai?", "is Xu Li on the national CPPCC or a local one?". */
    record PersonFact(Answering answering) implements Intent {

        @Override
        public String name() {
            return "roles";
        }

        @Override
        public int fit(Question question) {
            if (question.people().size() != 1 || question.hasContent()) {
                return NONE;
            }
            boolean committee = question.hasAny(Cue.NATIONAL, Cue.LOCAL);
            boolean work = question.has(Cue.WORK);
            boolean from = (question.has(Cue.WHERE) || question.has(Cue.FROM) && !question.introducesName(Cue.FROM))
                    && !question.hasAny(Cue.PROPOSED, Cue.SAID);
            boolean role = question.yesNo() && !PeopleQuestions.Role.askedIn(question).isEmpty();
            boolean isFrom = !question.regions().isEmpty() && (question.yesNo() || question.has(Cue.FROM));
            return committee || work || from || role || isFrom ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            String name = question.people().get(0);
            PeopleQuestions people = answering.people();
            if (question.hasAny(Cue.NATIONAL, Cue.LOCAL)) {
                return people.committee(name);
            }
            if (question.has(Cue.WORK) && question.regions().isEmpty()) {
                return people.workplace(name);
            }
            if (!question.regions().isEmpty()) {
                return people.isFrom(name, question.regions());
            }
            Set<PeopleQuestions.Role> roles = PeopleQuestions.Role.askedIn(question);
            if (question.yesNo() && !roles.isEmpty()) {
                return people.hasRole(name, roles);
            }
            return people.whereFrom(name);
        }
    }

    /** "which advisor leads an AI company?", "who among them works at a university?", "any NPC deputies?". */
    record Roles(Answering answering) implements Intent {

        @Override
        public String name() {
            return "roles";
        }

        @Override
        public int fit(Question question) {
            if (!question.people().isEmpty() || question.hasContent() || question.hasAny(Cue.PROPOSED, Cue.COUNT)) {
                return NONE;
            }
            return PeopleQuestions.Role.askedIn(question).isEmpty() ? NONE : STRONG + 5;
        }

        @Override
        public Answer answer(Question question) {
            Answer found = answering.people().withRole(PeopleQuestions.Role.askedIn(question), question.regions(),
                    question.has(Cue.NEGATION));
            return question.yesNo() ? TopicIntents.yesOrNo(found, !found.items().isEmpty()) : found;
        }
    }

    /** "name the advisors tied to Shandong", "who is from Beijing?". */
    record PeopleFrom(Answering answering) implements Intent {

        @Override
        public String name() {
            return "filtered-lists";
        }

        @Override
        public int fit(Question question) {
            boolean asksPeople = question.hasAny(Cue.PEOPLE, Cue.WHO);
            return asksPeople && !question.regions().isEmpty() && question.people().isEmpty()
                    && !question.hasContent() && !question.hasAny(Cue.PROPOSED, Cue.SAID, Cue.COUNT) ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.people().from(question.regions());
        }
    }

    /** "list the people", "who are the advisors in the brief?". */
    record PeopleList(Answering answering) implements Intent {

        @Override
        public String name() {
            return "people";
        }

        @Override
        public int fit(Question question) {
            boolean onlyPeople = question.has(Cue.PEOPLE) && !question.hasContent() && question.regions().isEmpty()
                    && question.people().isEmpty() && PeopleQuestions.Role.askedIn(question).isEmpty();
            return onlyPeople && !question.hasAny(Cue.COUNT, Cue.PROPOSED, Cue.SAID, Cue.RANK) ? GOOD : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.advisors().advisor("");
        }
    }

    /** "who is Xu Li?", "what did Zhou Hongyi say?", "Wu Wenyen", "who is the CEO of SenseTime?". */
    record Person(Answering answering) implements Intent {

        @Override
        public String name() {
            return "person";
        }

        @Override
        public int fit(Question question) {
            if (question.people().isEmpty()) {
                return NONE;
            }
            return question.hasContent() ? WEAK : GOOD;
        }

        @Override
        public Answer answer(Question question) {
            return answering.advisors().describe(question.people().get(0));
        }
    }

    /**
     * "who is Zhang Wei?", "what did Baidu propose?": a name the briefs never mention gets "not in the briefs",
     * never someone else's answer.
     */
    record Nobody(Answering answering) implements Intent {

        @Override
        public String name() {
            return "unknown-name";
        }

        @Override
        public int fit(Question question) {
            if (!question.people().isEmpty()) {
                return NONE;
            }
            if (!question.unknownNames().isEmpty()) {
                return GOOD + 5;
            }
            return askedName(question).isEmpty() ? NONE : GOOD;
        }

        @Override
        public Answer answer(Question question) {
            boolean asksWhoSomeoneIs = question.words().size() >= 2 && question.words().get(0).lower().equals("who");
            if (!question.unknownNames().isEmpty() && !asksWhoSomeoneIs) {
                return TopicIntents.notMentioned(answering, question, question.unknownNames());
            }
            String name = question.unknownNames().isEmpty() ? askedName(question) : question.unknownNames().get(0);
            return answering.advisors().nobody(name).about(Subject.of(name(), question.text()));
        }

        /**
         * "who is zhang wei?": after "who is", up to four words that no brief, no cue and no gazetteer uses. Such a
         * name the search would match by one word, e.g. "Liu" for Liu Gang.
         */
        static String askedName(Question question) {
            List<Word> words = question.words();
            if (words.size() < 3 || !words.get(0).lower().equals("who")
                    || !Set.of("is", "was", "s").contains(words.get(1).lower())) {
                return "";
            }
            List<Word> name = question.content();
            boolean looksLikeAName = !name.isEmpty() && name.size() <= 4 && name.size() == words.size() - 2
                    && name.stream().noneMatch(word -> answering(word));
            return looksLikeAName ? String.join(" ", name.stream().map(Word::typed).toList()) : "";
        }

        private static boolean answering(Word word) {
            return Lexicon.get().isCueWord(word.stem());
        }
    }
}
