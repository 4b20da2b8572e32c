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
    private final UnreviewedTexts unreviewed;
    // the gazetteer's shape, looked up per ask instead of scanning every region
    private final Map<String, List<String>> placesWithin;

    RegionAnswers(Facts facts, Items items, RegionNames regionNames, RankingAnswers rankings,
                  UnreviewedTexts unreviewed) {
        this.unreviewed = unreviewed;
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
        if (covered.isEmpty()) {
            return Answer.of("No region has a proposal in the briefs yet.");
        }
        return new Answer(BriefAnswers.count(covered.size(), "region has", "regions have") + " proposals in the "
                + "briefs: " + names(covered, "and") + ".", List.of(),
                List.of("Send /region followed by a place, e.g. /region " + covered.get(0).name()),
                suggestions(covered));
    }

    /**
     * The answer first ("Shenzhen, a city in Guangdong: 2 people made 4 statements for it, Xia Jun and Tian
     * Jiajun."), then each person once with what they said, the region's own context, and its ranking in one line.
     */
    Answer describe(Region region) {
        Set<String> tied = tiedIds(region);
        List<ProposalFact> proposals = mostRelevantFirst(region, facts.proposalsAboutAny(tied));
        List<Answer.Item> found = new ArrayList<>(items.byPerson(proposals));
        facts.contextAboutAny(tied).stream()
                .filter(fact -> isSubject(region, fact.context().regions()))
                .map(items::context).forEach(found::add);
        // with no proposals the headline already says where it ranks: the ranking's item keeps only the evidence
        rankings.standingItems(region).stream()
                .map(item -> proposals.isEmpty() ? new Answer.Item(item.title(), List.of(), item.points(), item.tag())
                        : item)
                .forEach(found::add);
        // the texts not yet reviewed, quoted where they name the region: last, and marked as such
        found.addAll(UnreviewedTexts.items(unreviewed.naming(region)));
        // a district without proposals of its own still leads to its city's and province's
        List<Answer.Suggestion> next = proposals.isEmpty() && !region.type().isBelowCity()
                ? suggestions(facts.regionsWithProposals()) : related(region);
        return new Answer(headline(region, proposals), Items.eachQuoteOnce(found), List.of(), next)
                .about(Subject.of("region", region.name()).withRegions(List.of(region.id()))
                        .withPeople(proposals.stream().map(fact -> fact.person().name()).distinct().toList())
                        .withShown(TopicIntents.shown(proposals)));
    }

    private Answer didYouMean(List<Region> candidates) {
        return new Answer("Did you mean " + names(candidates, "or") + "?", List.of(), List.of(), suggestions(candidates));
    }

    private Answer unknown(String name) {
        return new Answer("I don't know a region called “" + name.trim() + "”.", List.of(),
                List.of("Try a province, a city or a cluster, e.g. /region Shenzhen. These regions have proposals:"),
                suggestions(facts.regionsWithProposals()));
    }

    /** "Shenzhen (深圳), a city in Guangdong: 2 people made 4 statements for it, Xia Jun and Tian Jiajun." */
    private String headline(Region region, List<ProposalFact> proposals) {
        String place = kind(region);
        if (proposals.isEmpty()) {
            return place + ": the briefs have no proposals for it." + rankings.standingInBrief(region)
                    .map(line -> " " + line).orElse("");
        }
        List<String> people = proposals.stream().map(fact -> fact.person().name()).distinct().toList();
        return place + ": " + BriefAnswers.count(people.size(), "person", "people") + " made "
                + Counts.kinds(proposals) + " for it, " + Items.joined(people, "and") + ".";
    }

    /**
     * The region's own proposals first, then its cities', members' and people's; within each, the newest brief
     * first, in the order the brief tells them.
     */
    private List<ProposalFact> mostRelevantFirst(Region region, List<ProposalFact> proposals) {
        List<ProposalFact> ordered = new ArrayList<>(proposals);
        java.util.Comparator<ProposalFact> own = java.util.Comparator.comparing(
                fact -> !fact.proposal().regions().contains(region.id()));
        ordered.sort(own.thenComparing((ProposalFact fact) -> fact.brief().published(),
                java.util.Comparator.reverseOrder()));
        return ordered;
    }

    /**
     * Whether a context entry is about the region: its first region (what it is about) is the region or one of its
     * cities. Shenzhen's gap with the Yangtze River Delta is Shenzhen's context, not the Delta's or Beijing's.
     */
    private boolean isSubject(Region region, List<String> regions) {
        if (regions.isEmpty()) {
            return false;
        }
        String subject = regions.get(0);
        return subject.equals(region.id()) || placesWithin.getOrDefault(region.id(), List.of()).contains(subject);
    }

    /** "Shenzhen (深圳), a city in Guangdong", "Yangtze River Delta (长三角), a cluster of Shanghai, …". */
    String kind(Region region) {
        String name = region.chineseName() == null || region.chineseName().isBlank()
                ? region.name() : region.name() + " (" + region.chineseName() + ")";
        return name + ", " + switch (region.type()) {
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
     * The region itself; for a province, its cities, districts and zones; for a city, its districts and zones; for a
     * cluster, its members and their places: their proposals are the region's too ("/region Yangtze River Delta"
     * shows Shanghai's).
     */
    /** The region's id and the places within it: its cities and districts, a cluster's members and theirs. */
    Set<String> tiedIds(Region region) {
        Set<String> ids = new LinkedHashSet<>(List.of(region.id()));
        if (region.type().isProvincialLevel() || region.type() == Region.Type.CITY) {
            ids.addAll(placesWithin.getOrDefault(region.id(), List.of()));
        }
        for (String member : region.members()) {
            ids.add(member);
            ids.addAll(placesWithin.getOrDefault(member, List.of()));
        }
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
