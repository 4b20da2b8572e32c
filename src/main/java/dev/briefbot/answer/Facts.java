package dev.briefbot.answer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.Person;
import dev.briefbot.brief.Ranking;
import dev.briefbot.brief.Region;
import dev.briefbot.brief.RegionContext;

/**
 * The library flattened for answering: every proposal with its person and brief, and every person with their brief,
 * in the order the briefs tell them. Built once per library snapshot.
 */
public final class Facts {

    /** A person as one brief describes them. */
    public record PersonFact(Brief brief, Person person) {
    }

    /** A ranking and the brief that reports it. */
    public record RankingFact(Brief brief, Ranking ranking) {
    }

    /** What a brief says about a region's situation, and the brief that says it. */
    public record ContextFact(Brief brief, RegionContext context) {
    }

    private final Library library;
    private final List<ProposalFact> proposals;
    private final List<PersonFact> people;
    private final List<RankingFact> rankings;
    private final List<ContextFact> context;

    public Facts(Library library) {
        this.library = library;
        this.proposals = library.briefs().stream()
                .flatMap(brief -> brief.proposals().stream()
                        .map(proposal -> new ProposalFact(brief, brief.person(proposal.person()), proposal)))
                .toList();
        this.people = library.briefs().stream()
                .flatMap(brief -> brief.people().stream().map(person -> new PersonFact(brief, person)))
                .toList();
        this.rankings = library.briefs().stream()
                .flatMap(brief -> brief.rankings().stream().map(ranking -> new RankingFact(brief, ranking)))
                .toList();
        this.context = library.briefs().stream()
                .flatMap(brief -> brief.context().stream().map(entry -> new ContextFact(brief, entry)))
                .toList();
    }

    public Library library() {
        return library;
    }

    public Gazetteer gazetteer() {
        return library.gazetteer();
    }

    public List<ProposalFact> proposals() {
        return proposals;
    }

    public List<PersonFact> people() {
        return people;
    }

    public List<RankingFact> rankings() {
        return rankings;
    }

    public List<ContextFact> context() {
        return context;
    }

    public List<ProposalFact> proposalsBy(Person person) {
        return proposals.stream().filter(fact -> fact.person().id().equals(person.id())).toList();
    }

    public List<ProposalFact> proposalsAbout(Region region) {
        return proposals.stream().filter(fact -> fact.proposal().regions().contains(region.id())).toList();
    }

    /** Proposals tied to any of these region ids, each once, in the order the briefs tell them. */
    public List<ProposalFact> proposalsAboutAny(Set<String> regionIds) {
        return proposals.stream()
                .filter(fact -> fact.proposal().regions().stream().anyMatch(regionIds::contains))
                .toList();
    }

    /** Context entries tied to any of these region ids, each once, in the order the briefs tell them. */
    public List<ContextFact> contextAboutAny(Set<String> regionIds) {
        return context.stream()
                .filter(fact -> fact.context().regions().stream().anyMatch(regionIds::contains))
                .toList();
    }

    /** The regions that at least one proposal or statement is tied to, most proposals first. */
    public List<Region> regionsWithProposals() {
        Map<String, Long> counts = new LinkedHashMap<>();
        proposals.forEach(fact -> fact.proposal().regions().forEach(id -> counts.merge(id, 1L, Long::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> gazetteer().find(entry.getKey()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Every topic with how many proposals have it, most first then by name; spelled as first written. */
    public Map<String, Long> topicCounts() {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProposalFact fact : proposals) {
            Set<String> topics = new LinkedHashSet<>();
            fact.proposal().topics().forEach(topic -> topics.add(topic.trim().toLowerCase(Locale.ROOT)));
            for (String key : topics) {
                spelling.putIfAbsent(key, fact.proposal().topics().stream()
                        .filter(topic -> topic.trim().equalsIgnoreCase(key)).findFirst().orElse(key).trim());
                counts.merge(key, 1L, Long::sum);
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .forEach(entry -> ordered.put(spelling.get(entry.getKey()), entry.getValue()));
        return ordered;
    }
}
