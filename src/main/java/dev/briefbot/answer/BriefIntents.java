package dev.briefbot.answer;

import java.util.List;

import dev.briefbot.brief.Brief;

/** Questions about the briefs themselves: greetings, facts of a brief, its summary, the sources, the topics. */
final class BriefIntents {

    private BriefIntents() {
    }

    static List<Intent> of(Answering answering) {
        return List.of(new Greeting(), new BriefFact(answering), new Summary(answering), new Sources(answering),
                new Topics(answering), new WhichBrief(answering));
    }

    /** "hi", "help", "what can you do?", or nothing at all. */
    record Greeting() implements Intent {

        @Override
        public String name() {
            return "greeting";
        }

        @Override
        public int fit(Question question) {
            if (question.isEmpty()) {
                return EXACT;
            }
            return question.has(Cue.GREETING) && !question.hasContent() && question.regions().isEmpty()
                    && question.people().isEmpty() && question.cueSet().size() <= 3 ? EXACT : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return new Answer("Ask me about a region, a person, a topic or the rankings.", List.of(),
                    List.of("For example: who proposed AI robots for elderly care? or /region Shenzhen"),
                    List.of(new Answer.Suggestion("Regions", "/region"), new Answer.Suggestion("Topics", "/topics"),
                            new Answer.Suggestion("Rankings", "/rankings"),
                            new Answer.Suggestion("Summary", "/summary")));
        }
    }

    /** "what date is the article from?", "which outlet published it?", "what's the strapline?", "time zone?". */
    record BriefFact(Answering answering) implements Intent {

        @Override
        public String name() {
            return "brief-facts";
        }

        @Override
        public int fit(Question question) {
            BriefAnswers.Field field = field(question);
            if (field == null || !question.people().isEmpty() || !question.regions().isEmpty()
                    || question.hasAny(Cue.RANK, Cue.PROPOSALS, Cue.STATEMENTS, Cue.COUNT)) {
                return NONE;
            }
            boolean aboutTheBrief = question.hasAny(Cue.ARTICLE, Cue.PUBLISHED, Cue.PRONOUN_THING)
                    || !question.hasContent();
            return aboutTheBrief ? STRONG + 10 : WEAK;
        }

        @Override
        public Answer answer(Question question) {
            if (question.yesNo() && !question.unknownNames().isEmpty()) {
                return answering.briefs().isPublishedBy(question.unknownNames().get(0),
                        Scopes.named(question, answering.briefs()));
            }
            if (question.yesNo() && !question.briefs().isEmpty()) {
                return answering.briefs().isPublishedBy(question.briefs().get(0).publisher(), question.briefs());
            }
            return answering.briefs().fact(field(question), Scopes.named(question, answering.briefs()));
        }

        /** The most specific fact asked: a time zone before a time, a time before a date. */
        static BriefAnswers.Field field(Question question) {
            if (question.has(Cue.PHOTO)) {
                return BriefAnswers.Field.PHOTO;
            }
            if (question.yesNo() && question.has(Cue.ARTICLE)
                    && (!question.unknownNames().isEmpty() || !question.briefs().isEmpty())) {
                return BriefAnswers.Field.PUBLISHER;
            }
            if (question.has(Cue.TIMEZONE)) {
                return BriefAnswers.Field.TIMEZONE;
            }
            if (question.has(Cue.URL)) {
                return BriefAnswers.Field.URL;
            }
            if (question.has(Cue.AUTHOR)) {
                return BriefAnswers.Field.AUTHOR;
            }
            if (question.has(Cue.SUBTITLE)) {
                return BriefAnswers.Field.SUBTITLE;
            }
            if (question.has(Cue.HEADLINE)) {
                return BriefAnswers.Field.HEADLINE;
            }
            if (question.has(Cue.SECTION)) {
                return BriefAnswers.Field.SECTION;
            }
            if (question.has(Cue.PUBLISHER)) {
                return BriefAnswers.Field.PUBLISHER;
            }
            if (question.has(Cue.TIME)) {
                return BriefAnswers.Field.TIME;
            }
            if (question.has(Cue.DATE) || question.has(Cue.PUBLISHED) && question.has(Cue.ARTICLE)) {
                return BriefAnswers.Field.DATE;
            }
            return null;
        }
    }

    /** "give me a summary", "what is this about?", "summarise the newest brief". */
    record Summary(Answering answering) implements Intent {

        @Override
        public String name() {
            return "summary";
        }

        @Override
        public int fit(Question question) {
            if (!question.people().isEmpty() || !question.regions().isEmpty() || question.has(Cue.COUNT)) {
                return NONE;
            }
            if (question.has(Cue.SUMMARY)) {
                return STRONG + 10;
            }
            boolean newestOrOldest = question.hasAny(Cue.LATEST, Cue.OLDEST) && question.has(Cue.ARTICLE);
            return newestOrOldest && !question.hasContent() ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.briefs().summary(Scopes.named(question, answering.briefs()));
        }
    }

    /** "which briefs do you have?", "list the articles", "what are your sources?". */
    record Sources(Answering answering) implements Intent {

        @Override
        public String name() {
            return "sources";
        }

        @Override
        public int fit(Question question) {
            if (question.hasContent() || !question.people().isEmpty() || !question.regions().isEmpty()
                    || question.has(Cue.COUNT)) {
                return NONE;
            }
            boolean asksForBriefs = question.has(Cue.SOURCES)
                    || question.has(Cue.ARTICLE) && question.hasAny(Cue.LIST, Cue.WHICH);
            boolean asksForPeople = question.hasAny(Cue.PEOPLE, Cue.WHO)
                    || !PeopleQuestions.Role.askedIn(question).isEmpty();
            return asksForBriefs && !asksForPeople ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.catalogue().source(false);
        }
    }

    /** "what topics are there?", "which subjects does it cover?". */
    record Topics(Answering answering) implements Intent {

        @Override
        public String name() {
            return "topics";
        }

        @Override
        public int fit(Question question) {
            return question.has(Cue.TOPICS) && !question.hasContent() && question.people().isEmpty()
                    && question.regions().isEmpty() && !question.has(Cue.COUNT) ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return answering.catalogue().topics();
        }
    }

    /** "which brief mentions medicine?": the briefs whose proposals the search finds, each with what it says. */
    record WhichBrief(Answering answering) implements Intent {

        @Override
        public String name() {
            return "which-brief";
        }

        @Override
        public int fit(Question question) {
            boolean asksWhichBrief = question.has(Cue.ARTICLE) && question.hasAny(Cue.WHICH, Cue.DISCUSSED)
                    && question.people().isEmpty() && !question.has(Cue.RANK);
            return asksWhichBrief && question.hasContent() ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            String topic = question.contentText();
            List<ProposalFact> found = answering.search().search(topic);
            if (found.isEmpty()) {
                return TopicIntents.nothingAbout(answering, question, topic);
            }
            List<Brief> briefs = found.stream().map(ProposalFact::brief).distinct().toList();
            String headline = (briefs.size() == 1 ? answering.briefs().quoted(briefs.get(0)) + " mentions "
                    : briefs.size() + " briefs mention ") + topic + ": " + Items.joined(found.stream()
                    .map(fact -> fact.person().name()).distinct().toList(), "and") + ".";
            return new Answer(headline, answering.items().byPerson(found), List.of(),
                    found.stream().map(fact -> fact.person().name()).distinct().map(PeopleQuestions::advisor)
                            .toList())
                    .about(Subject.of(name(), topic).withTopic(topic)
                            .withPeople(found.stream().map(fact -> fact.person().name()).distinct().toList()));
        }
    }
}
