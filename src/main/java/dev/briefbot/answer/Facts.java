package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    // the indexes below depend only on the library: built once here, so no ask streams every proposal
    private final Map<String, List<ProposalFact>> proposalsByPerson;
    private final Map<String, List<Integer>> proposalsByRegion;
    private final Map<String, List<Integer>> contextByRegion;
    private final List<Region> regionsWithProposals;
    private final Map<String, Long> topicCounts;

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
        this.proposalsByPerson = byPerson(proposals);
        this.proposalsByRegion = positionsByRegion(proposals, Facts::regionsOf);
        this.contextByRegion = positionsByRegion(context, fact -> fact.context().regions());
        this.regionsWithProposals = mostProposalsFirst(proposals, library.gazetteer());
        this.topicCounts = countTopics(proposals);
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
        return proposalsByPerson.getOrDefault(person.id(), List.of());
    }

    public List<ProposalFact> proposalsAbout(Region region) {
        return proposalsAboutAny(Set.of(region.id()));
    }

    /** Proposals tied to any of these region ids, each once, in the order the briefs tell them. */
    public List<ProposalFact> proposalsAboutAny(Set<String> regionIds) {
        return inBriefOrder(proposals, proposalsByRegion, regionIds);
    }

    /** Context entries tied to any of these region ids, each once, in the order the briefs tell them. */
    public List<ContextFact> contextAboutAny(Set<String> regionIds) {
        return inBriefOrder(context, contextByRegion, regionIds);
    }

    /** The regions that at least one proposal or statement is tied to, most proposals first. */
    public List<Region> regionsWithProposals() {
        return regionsWithProposals;
    }

    /**
     * The proposals that name the topic, compared as {@link #topicCounts()} groups topics (without case or outer
     * spaces), in the order the briefs tell them.
     */
    public List<ProposalFact> proposalsOn(String topic) {
        String key = topicKey(topic);
        return proposals.stream()
                .filter(fact -> fact.proposal().topics().stream().anyMatch(named -> topicKey(named).equals(key)))
                .toList();
    }

    /** Every topic with how many proposals have it, most first then by name; spelled as first written. */
    public Map<String, Long> topicCounts() {
        return topicCounts;
    }

    /**
     * The regions a proposal is about: its own, or where it names none, its proposer's ("what did Beijing delegates
     * propose?" includes a Beijing deputy's national proposal).
     */
    static List<String> regionsOf(ProposalFact fact) {
        if (!fact.proposal().regions().isEmpty() || fact.person().region() == null) {
            return fact.proposal().regions();
        }
        return List.of(fact.person().region());
    }

    private static Map<String, List<ProposalFact>> byPerson(List<ProposalFact> proposals) {
        Map<String, List<ProposalFact>> byPerson = new HashMap<>();
        proposals.forEach(fact -> byPerson.computeIfAbsent(fact.person().id(), id -> new ArrayList<>()).add(fact));
        byPerson.replaceAll((id, facts) -> List.copyOf(facts));
        return Map.copyOf(byPerson);
    }

    /** Region id to the positions of the entries tied to it, ascending: positions merge back into brief order. */
    private static <T> Map<String, List<Integer>> positionsByRegion(List<T> entries,
                                                                     Function<T, List<String>> regionsOf) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int position = 0; position < entries.size(); position++) {
            for (String id : new LinkedHashSet<>(regionsOf.apply(entries.get(position)))) {
                positions.computeIfAbsent(id, key -> new ArrayList<>()).add(position);
            }
        }
        positions.replaceAll((id, list) -> List.copyOf(list));
        return Map.copyOf(positions);
    }

    /** The entries of these regions, each once, in the order of {@code entries}. */
    private static <T> List<T> inBriefOrder(List<T> entries, Map<String, List<Integer>> byRegion,
                                            Set<String> regionIds) {
        return regionIds.stream()
                .flatMap(id -> byRegion.getOrDefault(id, List.of()).stream())
                .sorted()
                .distinct()
                .map(entries::get)
                .toList();
    }

    private static List<Region> mostProposalsFirst(List<ProposalFact> proposals, Gazetteer gazetteer) {
        Map<String, Long> counts = new LinkedHashMap<>();
        proposals.forEach(fact -> regionsOf(fact).forEach(id -> counts.merge(id, 1L, Long::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> gazetteer.find(entry.getKey()))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Map<String, Long> countTopics(List<ProposalFact> proposals) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProposalFact fact : proposals) {
            Set<String> topics = new LinkedHashSet<>();
            fact.proposal().topics().forEach(topic -> topics.add(topicKey(topic)));
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
        return Collections.unmodifiableMap(ordered);
    }

    /** Topics are one when they differ only in case or outer spaces: "Elderly care" is "elderly care". */
    private static String topicKey(String topic) {
        return topic.trim().toLowerCase(Locale.ROOT);
    }
}
