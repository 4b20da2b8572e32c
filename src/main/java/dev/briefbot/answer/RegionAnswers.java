package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.briefbot.brief.Region;

/** {@code /region NAME}: the place, every proposal tied to it, what the briefs say about it, and its ranking. */
final class RegionAnswers {

    private final Facts facts;
    private final Items items;
    private final RegionNames regionNames;
    private final RankingAnswers rankings;
    // the gazetteer's shape, looked up per ask instead of scanning every region
    private final Map<String, List<String>> placesWithin;
    private final Map<String, List<String>> clustersByMember;

    RegionAnswers(Facts facts, Items items, RegionNames regionNames, RankingAnswers rankings) {
        this.facts = facts;
        this.items = items;
        this.regionNames = regionNames;
        this.rankings = rankings;
        // a province's places are its cities, districts and zones; a city's are its districts and zones
        this.placesWithin = grouped(facts.gazetteer().regions().stream()
                .filter(place -> (place.type() == Region.Type.CITY || place.type().isBelowCity())
                        && place.province() != null)
                .flatMap(place -> place.city() == null ? Stream.of(Map.entry(place.province(), place.id()))
                        : Stream.of(Map.entry(place.province(), place.id()), Map.entry(place.city(), place.id()))));
        this.clustersByMember = grouped(facts.gazetteer().regions().stream()
                .filter(cluster -> cluster.type() == Region.Type.CLUSTER)
                .flatMap(cluster -> cluster.members().stream().map(member -> Map.entry(member, cluster.id()))));
    }

    Answer region(String name) {
        if (name == null || name.isBlank()) {
            return regions();
        }
        NameMatch<Region> match = regionNames.match(name);
        if (match.unsure()) {
            return didYouMean(match.candidates());
        }
        return match.confident().map(this::describe).orElseGet(() -> unknown(name));
    }

    /** A bare {@code /region}: how to ask, and the regions worth asking about. */
    Answer regions() {
        List<Region> covered = facts.regionsWithProposals();
        String example = covered.isEmpty() ? "Shenzhen" : covered.get(0).name();
        return new Answer("Send /region followed by a place, e.g. /region " + example, List.of(),
                List.of("These regions have proposals in the briefs:"), suggestions(covered));
    }

    Answer describe(Region region) {
        Set<String> tied = tiedIds(region);
        List<ProposalFact> proposals = facts.proposalsAboutAny(tied);
        List<Answer.Item> found = new ArrayList<>(proposals.stream().map(items::proposal).toList());
        facts.contextAboutAny(contextIds(region, tied)).stream().map(items::context).forEach(found::add);
        found.addAll(rankings.standingItems(region));
        List<String> notes = new ArrayList<>();
        if (proposals.isEmpty()) {
            notes.add("The briefs have no proposals for " + region.name() + ".");
        }
        notes.addAll(rankings.standingLines(region));
        // a district without proposals of its own still leads to its city's and province's
        List<Answer.Suggestion> next = proposals.isEmpty() && !region.type().isBelowCity()
                ? suggestions(facts.regionsWithProposals()) : related(region);
        return new Answer(headline(region), found, notes, next);
    }

    private Answer didYouMean(List<Region> candidates) {
        return new Answer("Did you mean " + names(candidates, "or") + "?", List.of(), List.of(), suggestions(candidates));
    }

    private Answer unknown(String name) {
        return new Answer("I don't know a region called “" + name.trim() + "”.", List.of(),
                List.of("Try a province, a city or a cluster, e.g. /region Shenzhen. These regions have proposals:"),
                suggestions(facts.regionsWithProposals()));
    }

    /** "Shenzhen (深圳) — a city in Guangdong", "Yangtze River Delta — a cluster of Shanghai, Jiangsu, …". */
    private String headline(Region region) {
        String name = region.chineseName() == null || region.chineseName().isBlank()
                ? region.name() : region.name() + " (" + region.chineseName() + ")";
        return name + " — " + switch (region.type()) {
            case CITY -> "a city in " + items.regionName(region.province());
            case DISTRICT -> "a district of " + placeOf(region);
            case ZONE -> "a zone in " + placeOf(region);
            case CLUSTER -> "a cluster of " + names(region.members().stream().map(this::regionOf).toList(), "and");
            case PROVINCE -> "a province";
            case MUNICIPALITY -> "a municipality";
            case AUTONOMOUS_REGION -> "an autonomous region";
            case SAR -> "a special administrative region";
        };
    }

    /** The proposals {@link #describe} shows: the region's own and, for a province, its cities'. */
    List<ProposalFact> proposalsOf(Region region) {
        return facts.proposalsAboutAny(tiedIds(region));
    }

    /** "Shenzhen, Guangdong" for a district of a city; "Beijing" for one directly under a provincial-level division. */
    private String placeOf(Region district) {
        String province = items.regionName(district.province());
        return district.city() == null ? province : items.regionName(district.city()) + ", " + province;
    }

    /**
     * The region itself and, for a province, its cities, districts and zones, for a city its districts and zones:
     * their proposals are the province's or the city's too.
     */
    private Set<String> tiedIds(Region region) {
        Set<String> ids = new LinkedHashSet<>(List.of(region.id()));
        if (region.type().isProvincialLevel() || region.type() == Region.Type.CITY) {
            ids.addAll(placesWithin.getOrDefault(region.id(), List.of()));
        }
        return ids;
    }

    /** Context reaches further: what the briefs say about a cluster the region (or its province) belongs to. */
    private Set<String> contextIds(Region region, Set<String> tied) {
        Set<String> ids = new LinkedHashSet<>(tied);
        facts.gazetteer().provinceOf(region)
                .ifPresent(province -> ids.addAll(clustersByMember.getOrDefault(province.id(), List.of())));
        facts.gazetteer().cityOf(region)
                .ifPresent(city -> ids.addAll(clustersByMember.getOrDefault(city.id(), List.of())));
        return ids;
    }

    /** Where to go next: the province of a city, the cities of a province that have proposals, the ranking. */
    private List<Answer.Suggestion> related(Region region) {
        List<Region> next = new ArrayList<>();
        if (region.type().isBelowCity()) {
            facts.gazetteer().cityOf(region).ifPresent(next::add);
        }
        if (region.type() == Region.Type.CITY || region.type().isBelowCity()) {
            facts.gazetteer().find(region.province()).filter(province -> !next.contains(province)).ifPresent(next::add);
        }
        facts.regionsWithProposals().stream()
                .filter(other -> !other.equals(region) && !next.contains(other))
                .filter(other -> region.id().equals(other.province()) || region.id().equals(other.city())
                        || region.members().contains(other.id()))
                .forEach(next::add);
        List<Answer.Suggestion> suggestions = new ArrayList<>(suggestions(next));
        suggestions.add(new Answer.Suggestion("Rankings", "/rankings"));
        return suggestions;
    }

    /** Key to values, in gazetteer order. */
    private static Map<String, List<String>> grouped(Stream<Map.Entry<String, String>> pairs) {
        Map<String, List<String>> groups = new HashMap<>();
        pairs.forEach(pair -> groups.computeIfAbsent(pair.getKey(), key -> new ArrayList<>()).add(pair.getValue()));
        groups.replaceAll((key, values) -> List.copyOf(values));
        return Map.copyOf(groups);
    }

    private Region regionOf(String id) {
        return facts.gazetteer().get(id);
    }

    private static List<Answer.Suggestion> suggestions(List<Region> regions) {
        return regions.stream().map(region -> new Answer.Suggestion(region.name(), "/region " + region.name()))
                .toList();
    }

    private static String names(List<Region> regions, String conjunction) {
        return Items.joined(regions.stream().map(Region::name).toList(), conjunction);
    }
}
