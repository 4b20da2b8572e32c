package dev.briefbot.answer;

import java.util.List;
import java.util.Set;

import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Region;

/** "How many …?" and "list the … about …": counts and filtered lists of proposals, people, regions and briefs. */
final class CountIntents {

    private CountIntents() {
    }

    static List<Intent> of(Answering answering) {
        return List.of(new Count(answering), new ProposalList(answering));
    }

    /** What a question counts or lists, from its cues. */
    static Counts.Thing thing(Question question) {
        if (question.hasAny(Cue.PEOPLE, Cue.WHO) && !question.hasAny(Cue.PROPOSALS, Cue.STATEMENTS)) {
            return Counts.Thing.PEOPLE;
        }
        if (question.has(Cue.REGIONS)) {
            return question.has(Cue.RANK) ? Counts.Thing.RANKED : Counts.Thing.REGIONS;
        }
        if (question.hasAny(Cue.ARTICLE, Cue.SOURCES) && !question.hasAny(Cue.PROPOSALS, Cue.STATEMENTS)) {
            return Counts.Thing.BRIEFS;
        }
        if (question.has(Cue.TOPICS)) {
            return Counts.Thing.TOPICS;
        }
        if (question.has(Cue.STATEMENTS) && !question.has(Cue.PROPOSALS)) {
            return Counts.Thing.STATEMENTS;
        }
        if (question.has(Cue.FORMAL)) {
            return Counts.Thing.PROPOSALS;
        }
        return Counts.Thing.SAID;
    }

    /** "count the proposals for Shenzhen", "how many regions got a proposal?", "how many people are quoted?". */
    record Count(Answering answering) implements Intent {

        @Override
        public String name() {
            return "counts";
        }

        @Override
        public int fit(Question question) {
            return question.has(Cue.COUNT) ? EXACT - 10 : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return counted(answering, question, false);
        }
    }

    /** "list the statements about education", "which proposals mention robots?", "the formal proposals". */
    record ProposalList(Answering answering) implements Intent {

        @Override
        public String name() {
            return "filtered-lists";
        }

        @Override
        public int fit(Question question) {
            boolean asksList = question.hasAny(Cue.LIST, Cue.AMONG, Cue.WHICH);
            boolean ofSaid = question.hasAny(Cue.PROPOSALS, Cue.STATEMENTS);
            boolean filtered = question.hasContent() || !question.regions().isEmpty() || !question.people().isEmpty()
                    || question.hasAny(Cue.FORMAL, Cue.STATEMENTS);
            return asksList && ofSaid && filtered && !question.has(Cue.COUNT) ? STRONG : NONE;
        }

        @Override
        public Answer answer(Question question) {
            return counted(answering, question, true);
        }
    }

    static Answer counted(Answering answering, Question question, boolean listing) {
        Counts counts = answering.counts();
        Counts.Thing thing = thing(question);
        switch (thing) {
            case PEOPLE -> {
                List<Facts.PersonFact> people = answering.facts().people().stream()
                        .filter(fact -> question.regions().isEmpty() || answering.people().tiedTo(fact,
                                question.regions()))
                        .filter(fact -> PeopleQuestions.Role.askedIn(question).isEmpty()
                                || answering.people().rolesOf(fact.person()).stream()
                                .anyMatch(PeopleQuestions.Role.askedIn(question)::contains))
                        .toList();
                return counts.countPeople(people, filter(question));
            }
            case REGIONS -> {
                return counts.countRegions();
            }
            case RANKED -> {
                return counts.countRanked();
            }
            case BRIEFS -> {
                return counts.countBriefs();
            }
            case TOPICS -> {
                return counts.countTopics();
            }
            default -> {
                boolean topicAsked = question.hasContent();
                List<ProposalFact> onTopic = topicAsked ? answering.search().search(question.contentText()) : List.of();
                List<ProposalFact> said = counts.said(thing, question.regions(), question.people(), onTopic,
                        topicAsked);
                if (thing == Counts.Thing.PROPOSALS) {
                    said = said.stream().filter(fact -> fact.proposal().kind() == Proposal.Kind.PROPOSAL).toList();
                }
                if (said.isEmpty() && topicAsked && onTopic.isEmpty()) {
                    List<String> unknown = TopicIntents.unknownWords(answering, question);
                    if (!unknown.isEmpty()) {
                        return TopicIntents.notMentioned(answering, question, unknown);
                    }
                }
                return counts.countSaid(thing, said, filter(question), listing);
            }
        }
    }

    /** " tied to Shenzhen", " by Xu Li", " on robots": what the count is of. */
    static String filter(Question question) {
        StringBuilder filter = new StringBuilder();
        if (!question.regions().isEmpty()) {
            filter.append(" tied to ").append(Items.joined(question.regions().stream().map(Region::name).toList(),
                    "or"));
        }
        if (!question.people().isEmpty()) {
            filter.append(" by ").append(Items.joined(question.people(), "or"));
        }
        if (question.hasContent()) {
            filter.append(" on ").append(question.contentText());
        }
        Set<PeopleQuestions.Role> roles = PeopleQuestions.Role.askedIn(question);
        if (!roles.isEmpty()) {
            filter.append(" who ").append(Items.joined(roles.stream().map(role -> role.many).toList(), "or"));
        }
        return filter.toString();
    }
}
