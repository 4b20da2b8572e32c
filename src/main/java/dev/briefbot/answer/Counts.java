package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Region;

/**
 * "How many …?" and "list the … about …": the proposals and statements, people, regions, briefs or topics that a
 * filter leaves (a region, a person, a topic), counted, and listed with who said what. The count comes first.
 */
final class Counts {

    /** What a question counts or lists. */
    enum Thing { PROPOSALS, STATEMENTS, SAID, PEOPLE, REGIONS, RANKED, BRIEFS, TOPICS }

    private final Facts facts;
    private final Items items;
    private final RegionAnswers regions;

    Counts(Facts facts, Items items, RegionAnswers regions) {
        this.facts = facts;
        this.items = items;
        this.regions = regions;
    }

    /** The proposals and statements of a kind that are tied to the regions and people given, and found by a topic. */
    List<ProposalFact> said(Thing thing, List<Region> within, List<String> by, List<ProposalFact> onTopic,
                            boolean topicAsked) {
        Set<ProposalFact> tied = new LinkedHashSet<>(facts.proposals());
        if (!within.isEmpty()) {
            Set<ProposalFact> inRegions = new LinkedHashSet<>();
            within.forEach(region -> inRegions.addAll(regions.proposalsOf(region)));
            tied.retainAll(inRegions);
        }
        if (!by.isEmpty()) {
            tied.removeIf(fact -> !by.contains(fact.person().name()));
        }
        if (topicAsked) {
            tied.retainAll(new LinkedHashSet<>(onTopic));
        }
        return tied.stream().filter(fact -> switch (thing) {
            case PROPOSALS -> true; // people say "proposals" for both; the answer tells the kinds apart
            case STATEMENTS -> fact.proposal().kind() == Proposal.Kind.STATEMENT;
            default -> true;
        }).toList();
    }

    /** "4 proposals and statements are tied to Shenzhen: 4 statements, no formal proposals." */
    Answer countSaid(Thing thing, List<ProposalFact> found, String filter, boolean listing) {
        long statements = found.stream().filter(fact -> fact.proposal().kind() == Proposal.Kind.STATEMENT).count();
        long proposals = found.size() - statements;
        String what = thing == Thing.STATEMENTS ? BriefAnswers.count(found.size(), "statement", "statements")
                : BriefAnswers.count(found.size(), "proposal or statement", "proposals and statements");
        if (found.isEmpty()) {
            return Answer.of("The briefs report no " + (thing == Thing.STATEMENTS ? "statements" : "proposals")
                    + filter + ".").withSuggestions(List.of(new Answer.Suggestion("Topics", "/topics")))
                    .about(Subject.of(listing ? "filtered-lists" : "counts", filter));
        }
        String split = thing == Thing.STATEMENTS ? "" : " (" + kinds(proposals, statements) + ")";
        String headline = what + filter + split + ": " + byPerson(found) + ".";
        List<Answer.Item> shown = items.byPerson(found);
        List<String> people = found.stream().map(fact -> fact.person().name()).distinct().toList();
        return new Answer(headline, shown, List.of(), people.stream().map(PeopleQuestions::advisor).toList())
                .about(Subject.of(listing ? "filtered-lists" : "counts", filter).withPeople(people)
                        .withShown(found.stream().map(Counts::key).collect(Collectors.toSet())));
    }

    /** "9 people are named: …" */
    Answer countPeople(List<Facts.PersonFact> people, String filter) {
        List<String> names = people.stream().map(fact -> fact.person().name()).distinct().toList();
        if (names.isEmpty()) {
            return Answer.of("The brief names no one" + filter + ".").about(Subject.of("counts", filter));
        }
        String headline = BriefAnswers.count(names.size(), "person is", "people are") + " named" + filter + ": "
                + Items.joined(names, "and") + ".";
        return new Answer(headline, List.of(), List.of(), names.stream().map(PeopleQuestions::advisor).toList())
                .about(Subject.of("counts", filter).withPeople(names));
    }

    /** "5 regions have proposals or statements: Shanghai (4), …" */
    Answer countRegions() {
        Map<Region, Integer> counts = new LinkedHashMap<>();
        facts.regionsWithProposals().forEach(region -> counts.put(region, facts.proposalsAboutAny(Set.of(region.id()))
                .size()));
        if (counts.isEmpty()) {
            return Answer.of("No region has a proposal in the briefs.");
        }
        String listed = counts.entrySet().stream().map(entry -> entry.getKey().name() + " (" + entry.getValue() + ")")
                .collect(Collectors.toList()).stream().reduce((one, other) -> one + ", " + other).orElse("");
        String headline = BriefAnswers.count(counts.size(), "region has", "regions have")
                + " proposals or statements tied to them: " + listed + ".";
        List<Answer.Suggestion> next = counts.keySet().stream()
                .map(region -> new Answer.Suggestion(region.name(), "/region " + region.name())).toList();
        return new Answer(headline, List.of(), List.of(), next)
                .about(Subject.of("counts", "regions").withRegions(counts.keySet().stream().map(Region::id).toList()));
    }

    /** "The ranking lists 10 regions." */
    Answer countRanked() {
        if (facts.rankings().isEmpty()) {
            return Answer.of("The briefs report no ranking.");
        }
        Facts.RankingFact fact = facts.rankings().get(facts.rankings().size() - 1);
        int size = fact.ranking().entries().size();
        return new Answer("The ranking the brief reports lists " + size + " regions.",
                List.of(items.ranking(fact, List.of())), List.of(),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings")));
    }

    Answer countBriefs() {
        int size = facts.library().briefs().size();
        return Answer.of(BriefAnswers.count(size, "brief is", "briefs are") + " loaded.")
                .withSuggestions(List.of(new Answer.Suggestion("Sources", "/source"),
                        new Answer.Suggestion("Summary", "/summary")));
    }

    Answer countTopics() {
        int size = facts.topicCounts().size();
        return Answer.of("The briefs name " + BriefAnswers.count(size, "topic", "topics") + ".")
                .withSuggestions(List.of(new Answer.Suggestion("Topics", "/topics")));
    }

    /** "2 by Xia Jun, 2 by Tian Jiajun". */
    private static String byPerson(List<ProposalFact> found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        found.forEach(fact -> counts.merge(fact.person().name(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((name, count) -> parts.add(count + " by " + name));
        return Items.joined(parts, "and");
    }

    /** "4 statements", "2 proposals and 2 statements", "1 proposal". */
    static String kinds(List<ProposalFact> said) {
        long statements = said.stream().filter(fact -> fact.proposal().kind() == Proposal.Kind.STATEMENT).count();
        long proposals = said.size() - statements;
        List<String> parts = new ArrayList<>();
        if (proposals > 0) {
            parts.add(BriefAnswers.count((int) proposals, "proposal", "proposals"));
        }
        if (statements > 0) {
            parts.add(BriefAnswers.count((int) statements, "statement", "statements"));
        }
        return parts.isEmpty() ? "no proposals" : String.join(" and ", parts);
    }

    private static String kinds(long proposals, long statements) {
        if (statements == 0) {
            return "all proposals";
        }
        if (proposals == 0) {
            return "all statements, no formal proposals";
        }
        return BriefAnswers.count((int) proposals, "proposal", "proposals") + ", "
                + BriefAnswers.count((int) statements, "statement", "statements");
    }

    static String key(ProposalFact fact) {
        return fact.brief().id() + "/" + fact.proposal().id();
    }
}
