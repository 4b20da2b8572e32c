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

    /** What a question counts or lists: the first thing it names ("how many CPPCC members are quoted?": people). */
    static Counts.Thing thing(Question question) {
        Lexicon.Found first = null;
        for (Lexicon.Found found : question.cues()) {
            if (THINGS.contains(found.cue()) && (first == null || found.from() < first.from())) {
                first = found;
            }
        }
        if (first == null) {
            return question.has(Cue.FORMAL) ? Counts.Thing.PROPOSALS : Counts.Thing.SAID;
        }
        return switch (first.cue()) {
            case PEOPLE, WHO -> Counts.Thing.PEOPLE;
            case REGIONS, KIND_MUNICIPALITY, KIND_PROVINCE, KIND_AUTONOMOUS ->
                    question.hasAny(Cue.RANK, Cue.TOP) ? Counts.Thing.RANKED : Counts.Thing.REGIONS;
            case ARTICLE, SOURCES -> Counts.Thing.BRIEFS;
            case TOPICS -> Counts.Thing.TOPICS;
            case STATEMENTS -> question.has(Cue.PROPOSALS) ? Counts.Thing.SAID : Counts.Thing.STATEMENTS;
            default -> question.has(Cue.FORMAL) ? Counts.Thing.PROPOSALS : Counts.Thing.SAID;
        };
    }

    private static final java.util.Set<Cue> THINGS = java.util.EnumSet.of(Cue.PEOPLE, Cue.WHO, Cue.REGIONS,
            Cue.KIND_MUNICIPALITY, Cue.KIND_PROVINCE, Cue.KIND_AUTONOMOUS,
            Cue.ARTICLE, Cue.SOURCES, Cue.TOPICS, Cue.STATEMENTS, Cue.PROPOSALS);

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
            // "which regions have proposals?" lists the regions, each with its count
            boolean filtered = question.hasContent() || !question.regions().isEmpty() || !question.people().isEmpty()
                    || question.hasAny(Cue.FORMAL, Cue.STATEMENTS, Cue.REGIONS);
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
                List<ProposalFact> onTopic = question.hasContent() ? answering.search().search(question.searchText())
                        : List.of();
                if (question.hasContent() && onTopic.isEmpty()) {
                    return noOneOn(answering, question);
                }
                List<String> speakers = onTopic.stream().map(fact -> fact.person().name()).toList();
                List<Facts.PersonFact> people = answering.facts().people().stream()
                        .filter(fact -> question.regions().isEmpty() || answering.people().tiedTo(fact,
                                question.regions()))
                        .filter(fact -> PeopleQuestions.Role.askedIn(question).isEmpty()
                                || answering.people().hasRole(fact, PeopleQuestions.Role.askedIn(question))
                                != question.has(Cue.NEGATION))
                        .filter(fact -> !question.hasContent() || speakers.contains(fact.person().name()))
                        .toList();
                return counts.countPeople(people, filter(question));
            }
            case REGIONS -> {
                return question.hasAny(Cue.BELOW, Cue.ABOVE) && question.regions().size() == 1
                        ? answering.rankingQuestions().countBeside(question.regions().get(0), question.has(Cue.BELOW))
                        : counts.countRegions();
            }
            case RANKED -> {
                if (question.regions().size() == 1 && question.hasAny(Cue.BELOW, Cue.ABOVE)) {
                    return answering.rankingQuestions().countBeside(question.regions().get(0), question.has(Cue.BELOW));
                }
                if (question.regions().size() == 1 && !question.numbers().isEmpty()) {
                    return answering.rankingQuestions().countInTop(question.regions().get(0),
                            question.numbers().get(0));
                }
                return answering.rankingQuestions().countRanked(kinds(question));
            }
            case BRIEFS -> {
                return counts.countBriefs();
            }
            case TOPICS -> {
                return counts.countTopics();
            }
            default -> {
                boolean topicAsked = question.hasContent();
                List<ProposalFact> onTopic = topicAsked ? answering.search().search(question.searchText()) : List.of();
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

    /** The kinds of region a question counts: "how many municipalities are in the top 10?". */
    private static Set<dev.briefbot.brief.Region.Type> kinds(Question question) {
        Set<dev.briefbot.brief.Region.Type> kinds = java.util.EnumSet.noneOf(dev.briefbot.brief.Region.Type.class);
        if (question.has(Cue.KIND_MUNICIPALITY)) {
            kinds.add(dev.briefbot.brief.Region.Type.MUNICIPALITY);
        }
        if (question.has(Cue.KIND_AUTONOMOUS)) {
            kinds.add(dev.briefbot.brief.Region.Type.AUTONOMOUS_REGION);
        }
        if (question.has(Cue.KIND_PROVINCE) && !question.has(Cue.KIND_AUTONOMOUS)) {
            kinds.add(dev.briefbot.brief.Region.Type.PROVINCE);
        }
        return kinds;
    }

    /** Nobody said anything on the topic: that the briefs do not mention it, or that nothing matched, naming no one. */
    static Answer noOneOn(Answering answering, Question question) {
        List<String> unknown = TopicIntents.unknownWords(answering, question);
        if (!unknown.isEmpty()) {
            return TopicIntents.notMentioned(answering, question, unknown);
        }
        return Answer.of("No one: I found nothing about “" + question.contentText() + "” in the briefs.")
                .withSuggestions(List.of(new Answer.Suggestion("Topics", "/topics")))
                .about(Subject.of("counts", question.text()));
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
