package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.briefbot.brief.Proposal;
import dev.briefbot.brief.Region;

/**
 * What a few typed words may mean, as typed so far, each with its whole answer: the regions they name, the people
 * they name (whole names, typos forgiven), then the regions and people whose names they begin (a picker is asked
 * again at every keystroke), then the proposals the chat's topic search finds. Nothing matched means no findings:
 * never a guess.
 */
final class Lookup {

    /** A region or person list longer than this is a poor pick: the rest are one more letter away. */
    static final int MAX_PER_KIND = 5;
    /** An empty query offers the regions with proposals, at most this many. */
    static final int MAX_FINDINGS = 20;
    /** Telegram sends at most 256 characters; the answer layer bounds what it reads whatever the caller. */
    static final int LONGEST_QUERY = 256;
    /** One Latin letter begins too many names to be worth offering; one Chinese character does not. */
    private static final int SHORTEST_PREFIX = 2;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final Facts facts;
    private final Items items;
    private final RegionNames regionNames;
    private final PeopleNames peopleNames;
    private final TopicSearch topicSearch;
    private final RegionAnswers regions;
    private final AdvisorAnswers advisors;
    // a name's beginning is a guess: only regions with proposals (their own or their cities') are worth offering
    private final List<Region> regionsWorthOffering;
    // name beginnings, made once: a few dozen short keys, scanned per keystroke instead of a prefix tree
    private final List<Map.Entry<String, Region>> regionKeys = new ArrayList<>();
    private final List<Map.Entry<String, String>> personKeys = new ArrayList<>();

    Lookup(Facts facts, Items items, RegionNames regionNames, PeopleNames peopleNames, TopicSearch topicSearch,
            RegionAnswers regions, AdvisorAnswers advisors) {
        this.facts = facts;
        this.items = items;
        this.regionNames = regionNames;
        this.peopleNames = peopleNames;
        this.topicSearch = topicSearch;
        this.regions = regions;
        this.advisors = advisors;
        this.regionsWorthOffering = facts.gazetteer().regions().stream()
                .filter(region -> !regions.proposalsOf(region).isEmpty())
                .sorted(Comparator.comparingInt((Region region) -> regions.proposalsOf(region).size()).reversed())
                .toList();
        indexRegionBeginnings();
        indexPersonBeginnings();
    }

    List<Finding> find(String typed) {
        String query = bounded(typed);
        if (query.isEmpty()) {
            return facts.regionsWithProposals().stream().limit(MAX_FINDINGS).map(this::region).toList();
        }
        Set<Region> regionsNamed = firstFew(regionNames.match(query).candidates(), regionNames.findIn(query));
        Set<String> peopleNamed = firstFew(peopleNames.match(query).candidates(), peopleNames.findIn(query));
        String prefix = prefixKey(query);
        List<Finding> found = new ArrayList<>();
        regionsNamed.stream().map(this::region).forEach(found::add);
        peopleNamed.stream().map(this::person).forEach(found::add);
        // a name's beginning is weaker than a whole name: "xia" is Xia Jun before it is Xianggang (Hong Kong)
        more(regionsNamed, begun(regionKeys, prefix)).stream().map(this::region).forEach(found::add);
        more(peopleNamed, begun(personKeys, prefix)).stream().map(this::person).forEach(found::add);
        topicSearch.search(query).stream().map(this::proposal).forEach(found::add);
        return found;
    }

    /** What the query names as a whole, then what it names inside: at most a few, each once. */
    private static <T> Set<T> firstFew(List<T> whole, List<T> inside) {
        Set<T> named = new LinkedHashSet<>(whole);
        named.addAll(inside);
        return named.stream().limit(MAX_PER_KIND).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The things whose name begins as the query does, in index order; none for a single letter. */
    private static <T> List<T> begun(List<Map.Entry<String, T>> keys, String prefix) {
        if (!isLongEnough(prefix)) {
            return List.of();
        }
        return keys.stream().filter(entry -> entry.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .distinct().toList();
    }

    /** Those not already found, up to the few a kind may have in all. */
    private static <T> List<T> more(Set<T> already, List<T> candidates) {
        return candidates.stream().filter(candidate -> !already.contains(candidate))
                .limit(Math.max(0, MAX_PER_KIND - already.size())).toList();
    }

    private Finding region(Region region) {
        Answer answer = regions.describe(region);
        return new Finding(Finding.Kind.REGION, "region:" + region.id(),
                region.name() + " — " + counted(regions.proposalsOf(region)), regions.kind(region),
                "/region " + region.name(), answer);
    }

    private Finding person(String name) {
        List<ProposalFact> said = peopleNames.describedAs(name).stream()
                .flatMap(fact -> facts.proposalsBy(fact.person()).stream()
                        .filter(proposal -> proposal.brief().equals(fact.brief())))
                .toList();
        String description = said.isEmpty() ? counted(said)
                : counted(said) + ": " + said.get(0).proposal().summary() + (said.size() > 1 ? " …" : "");
        Answer answer = advisors.describe(name);
        String title = items.personTitle(peopleNames.describedAs(name).get(0).person());
        return new Finding(Finding.Kind.PERSON, "person:" + name, title, description, "/advisor " + name, answer);
    }

    /** One proposal alone, as the topic search shows it, headed by who made it. */
    private Finding proposal(ProposalFact fact) {
        boolean statement = fact.proposal().kind() == Proposal.Kind.STATEMENT;
        String name = fact.person().name();
        Answer answer = new Answer((statement ? "Statement by " : "Proposal by ") + name,
                List.of(items.proposal(fact)), List.of(),
                List.of(new Answer.Suggestion(name, "/advisor " + name)));
        return new Finding(Finding.Kind.PROPOSAL, "proposal:" + fact.brief().id() + "/" + fact.proposal().id(),
                fact.proposal().summary(),
                (statement ? "Said by " : "Proposed by ") + items.personTitle(fact.person()),
                "/advisor " + name, answer);
    }

    /** "1 proposal", "2 proposals, 1 statement", "no proposals". */
    private static String counted(List<ProposalFact> said) {
        long statements = said.stream().filter(fact -> fact.proposal().kind() == Proposal.Kind.STATEMENT).count();
        long proposals = said.size() - statements;
        if (said.isEmpty()) {
            return "no proposals";
        }
        List<String> parts = new ArrayList<>();
        if (proposals > 0) {
            parts.add(proposals + (proposals == 1 ? " proposal" : " proposals"));
        }
        if (statements > 0) {
            parts.add(statements + (statements == 1 ? " statement" : " statements"));
        }
        return String.join(", ", parts);
    }

    private void indexRegionBeginnings() {
        for (Region region : regionsWorthOffering) {
            List<String> names = new ArrayList<>(List.of(region.name()));
            names.add(region.chineseName());
            names.addAll(region.aliases());
            names.stream().filter(name -> name != null && !name.isBlank()).map(Lookup::prefixKey).distinct()
                    .forEach(key -> regionKeys.add(Map.entry(key, region)));
        }
    }

    /** "Xia Jun" begins with "xia" and with "jun": people are looked for by either name. */
    private void indexPersonBeginnings() {
        for (String name : peopleNames.names()) {
            List<String> words = NameIndex.words(name);
            for (int start = 0; start < words.size(); start++) {
                personKeys.add(Map.entry(String.join("", words.subList(start, words.size())), name));
            }
        }
    }

    private static boolean isLongEnough(String prefix) {
        return prefix.codePointCount(0, prefix.length()) >= SHORTEST_PREFIX || HAN.matcher(prefix).find();
    }

    /** A name as its beginning is compared: lowercase letters and digits only, "Hong K" is "hongk". */
    private static String prefixKey(String name) {
        return String.join("", NameIndex.words(name));
    }

    private static String bounded(String typed) {
        if (typed == null) {
            return "";
        }
        String query = typed.strip();
        if (query.codePointCount(0, query.length()) > LONGEST_QUERY) {
            query = query.substring(0, query.offsetByCodePoints(0, LONGEST_QUERY));
        }
        return query;
    }
}
