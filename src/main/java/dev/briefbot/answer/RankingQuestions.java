package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.briefbot.brief.Ranking;
import dev.briefbot.brief.Region;

/**
 * Questions that read a ranking rather than list it: which of two regions is ahead, who is one place below or
 * between two places, whether a region makes the top N. Each answer states the answer first and names the ranking
 * once, in the item that quotes it. A city stands where its province does; the brief's ranking is of provinces.
 */
final class RankingQuestions {

    private final Facts facts;
    private final Items items;

    RankingQuestions(Facts facts, Items items) {
        this.facts = facts;
        this.items = items;
    }

    /** "Jiangsu vs Zhejiang": the better placed first, and where each stands. */
    Answer compare(List<Region> asked) {
        Facts.RankingFact fact = ranking();
        List<Standing> standings = asked.stream().map(region -> standing(fact, region)).toList();
        List<Standing> ranked = standings.stream().filter(Standing::ranked)
                .sorted(Comparator.comparingInt(Standing::position)).toList();
        List<Standing> unranked = standings.stream().filter(standing -> !standing.ranked()).toList();
        String headline;
        if (ranked.isEmpty()) {
            headline = "Neither " + Items.joined(names(standings), "nor") + " is among the top "
                    + size(fact) + " the brief reports, so it cannot say which is ahead.";
        } else if (ranked.size() == 1) {
            headline = ranked.get(0).label() + " is ahead: it ranks " + Items.ordinal(ranked.get(0).position())
                    + ", while " + Items.joined(names(unranked), "and") + (unranked.size() == 1 ? " is" : " are")
                    + " not among the top " + size(fact) + ".";
        } else if (ranked.size() == 2 && unranked.isEmpty()) {
            Standing first = ranked.get(0);
            Standing second = ranked.get(1);
            int gap = second.position() - first.position();
            headline = first.label() + " is ahead: " + Items.ordinal(first.position()) + ", "
                    + BriefAnswers.count(gap, "place", "places") + " above " + second.label() + " ("
                    + Items.ordinal(second.position()) + ").";
        } else {
            Standing first = ranked.get(0);
            headline = first.label() + " is ahead: " + Items.ordinal(first.position()) + ", against "
                    + Items.joined(ranked.subList(1, ranked.size()).stream()
                    .map(other -> other.label() + "'s " + Items.ordinal(other.position())).toList(), "and")
                    + (unranked.isEmpty() ? "." : "; " + Items.joined(names(unranked), "and")
                    + (unranked.size() == 1 ? " is" : " are") + " not among the top " + size(fact) + ".");
        }
        List<String> lines = new ArrayList<>();
        ranked.forEach(standing -> lines.add(standing.position() + ". " + standing.label()));
        return new Answer(headline, List.of(item(fact, lines)), List.of(), suggestions(asked))
                .about(Subject.of("comparisons", "").withRegions(asked.stream().map(Region::id).toList()));
    }

    /** "How many municipalities are in the top 10?": the ranking's size, or how many of its entries are of a kind. */
    Answer countRanked(Set<Region.Type> kinds) {
        Facts.RankingFact fact = ranking();
        if (kinds.isEmpty()) {
            return new Answer("The ranking the brief reports lists " + size(fact) + " regions.",
                    List.of(item(fact, List.of())), List.of(),
                    List.of(new Answer.Suggestion("Whole ranking", "/rankings")));
        }
        List<Ranking.Entry> ofKind = fact.ranking().entries().stream()
                .filter(entry -> facts.gazetteer().find(entry.region()).map(region -> kinds.contains(region.type()))
                        .orElse(false))
                .toList();
        String kind = Items.joined(kinds.stream().map(RankingQuestions::plural).toList(), "and");
        String headline = ofKind.size() + " " + kind + " in the top " + size(fact) + (ofKind.isEmpty() ? "."
                : ": " + Items.joined(ofKind.stream().map(entry -> items.regionName(entry.region()) + " ("
                + Items.ordinal(entry.position()) + ")").toList(), "and") + ".");
        return new Answer(headline, List.of(item(fact, lines(ofKind))), List.of(),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings")));
    }

    /**
     * "Is Shandong ahead of Shanghai?": yes or no for the first region named, then where both stand. {@code ahead}
     * says whether the question asks if it is ahead (or behind).
     */
    Answer isAhead(Region subject, Region other, boolean ahead) {
        Facts.RankingFact fact = ranking();
        Standing one = standing(fact, subject);
        Standing two = standing(fact, other);
        if (!one.ranked() || !two.ranked()) {
            return compare(List.of(subject, other));
        }
        boolean isAhead = one.position() < two.position();
        boolean yes = isAhead == ahead;
        int gap = Math.abs(one.position() - two.position());
        String headline = (yes ? "Yes. " : "No. ") + one.label() + " (" + Items.ordinal(one.position()) + ") is "
                + BriefAnswers.count(gap, "place", "places") + (isAhead ? " ahead of " : " behind ") + two.label()
                + " (" + Items.ordinal(two.position()) + ").";
        List<String> lines = List.of(Math.min(one.position(), two.position()) + ". "
                + (isAhead ? one.label() : two.label()), Math.max(one.position(), two.position())
                + ". " + (isAhead ? two.label() : one.label()));
        return new Answer(headline, List.of(item(fact, lines)), List.of(), suggestions(List.of(subject, other)))
                .about(Subject.of("comparisons", "").withRegions(List.of(subject.id(), other.id())));
    }

    /** "How many regions rank below Shandong?": the places after (or before) it in the ranking. */
    Answer countBeside(Region region, boolean below) {
        Facts.RankingFact fact = ranking();
        Standing standing = standing(fact, region);
        if (!standing.ranked()) {
            return neighbour(region, below ? 1 : -1);
        }
        List<Ranking.Entry> beside = fact.ranking().entries().stream()
                .filter(entry -> below ? entry.position() > standing.position() : entry.position() < standing.position())
                .toList();
        String headline = BriefAnswers.count(beside.size(), "region ranks", "regions rank") + (below ? " below " : " above ")
                + standing.label() + " (" + Items.ordinal(standing.position()) + ") in the top " + size(fact)
                + (beside.isEmpty() ? "." : ": " + Items.joined(beside.stream().map(entry ->
                items.regionName(entry.region())).toList(), "and") + ".");
        return new Answer(headline, List.of(item(fact, lines(beside))), List.of(), suggestions(List.of(region)))
                .about(Subject.of("counts", "").withRegions(List.of(region.id())));
    }

    /** "How many YRD regions made the top ten?": a cluster's members (or one region) within the top N. */
    Answer countInTop(Region region, int top) {
        Facts.RankingFact fact = ranking();
        List<String> members = region.type() == Region.Type.CLUSTER ? region.members() : List.of(region.id());
        List<Ranking.Entry> inside = fact.ranking().entries().stream()
                .filter(entry -> entry.position() <= top && members.contains(entry.region())).toList();
        String of = region.type() == Region.Type.CLUSTER ? " of the " + members.size() + " members of " + region.name()
                : "";
        String headline = inside.size() + of + (inside.size() == 1 ? " is" : " are") + " in the top " + top
                + (inside.isEmpty() ? "." : ": " + Items.joined(inside.stream().map(entry ->
                items.regionName(entry.region()) + " (" + Items.ordinal(entry.position()) + ")").toList(), "and")
                + ".");
        return new Answer(headline, List.of(item(fact, lines(inside))), List.of(), suggestions(List.of(region)))
                .about(Subject.of("counts", "").withRegions(List.of(region.id())));
    }

    /** "Which regions sit between Beijing and Shandong?": the places strictly between theirs. */
    Answer betweenRegions(Region one, Region other) {
        Facts.RankingFact fact = ranking();
        Standing first = standing(fact, one);
        Standing second = standing(fact, other);
        if (!first.ranked() || !second.ranked()) {
            return compare(List.of(one, other));
        }
        return between(first.position(), second.position());
    }

    /** "Positions 6 through 8": the places from one to the other, both included. */
    Answer range(int one, int other) {
        Facts.RankingFact fact = ranking();
        int from = Math.min(one, other);
        int to = Math.max(one, other);
        if (from < 1 || to > size(fact)) {
            return outOfRange(fact);
        }
        List<Ranking.Entry> inside = fact.ranking().entries().stream()
                .filter(entry -> entry.position() >= from && entry.position() <= to).toList();
        String headline = Items.ordinal(from) + " to " + Items.ordinal(to) + ": " + Items.joined(inside.stream()
                .map(entry -> items.regionName(entry.region()) + " (" + Items.ordinal(entry.position()) + ")")
                .toList(), "and") + ".";
        List<Region> shown = inside.stream().flatMap(entry -> facts.gazetteer().find(entry.region()).stream()).toList();
        return new Answer(headline, List.of(item(fact, lines(inside))), List.of(), suggestions(shown))
                .about(Subject.of("comparisons", "").withRegions(shown.stream().map(Region::id).toList()));
    }

    /** "Is Shenzhen in the ranking?": yes or no first; a city is not, its province may be. */
    Answer isRanked(Region region) {
        Facts.RankingFact fact = ranking();
        Standing standing = standing(fact, region);
        String headline;
        if (region.type() == Region.Type.CLUSTER) {
            List<String> ranked = fact.ranking().entries().stream().filter(entry -> region.members()
                    .contains(entry.region())).map(entry -> items.regionName(entry.region()) + " ("
                    + Items.ordinal(entry.position()) + ")").toList();
            headline = ranked.isEmpty() ? "No. None of the members of " + region.name() + " is among the top "
                    + size(fact) + "." : "Yes, through its members: " + Items.joined(ranked, "and") + ".";
        } else if (region.type() == Region.Type.CITY) {
            headline = "No. The ranking lists provinces, not cities; " + (standing.ranked() ? standing.label()
                    .replace(" (" + region.name() + "'s province)", "") + ", " + region.name() + "'s province, ranks "
                    + Items.ordinal(standing.position()) + "." : region.name() + "'s province is not among the top "
                    + size(fact) + ".");
        } else {
            headline = standing.ranked() ? "Yes. " + region.name() + " ranks " + Items.ordinal(standing.position())
                    + " of the top " + size(fact) + "." : "No. " + region.name() + " is not among the top "
                    + size(fact) + " the brief reports.";
        }
        return new Answer(headline, List.of(item(fact, List.of())), List.of(), suggestions(List.of(region)))
                .about(Subject.of("rankings", region.name()).withRegions(List.of(region.id())));
    }

    /** "Was the ranking released in 2023?": yes or no, and when it was. */
    Answer releasedIn(int year) {
        Facts.RankingFact fact = ranking();
        java.time.YearMonth released = fact.ranking().released();
        String when = Items.month(released);
        String headline = released == null ? "The brief does not say when the ranking was released."
                : (released.getYear() == year ? "Yes. " : "No. ") + "The ranking was released in " + when + ".";
        return new Answer(headline, List.of(item(fact, List.of())), List.of(),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings")));
    }

    private static String plural(Region.Type type) {
        return switch (type) {
            case MUNICIPALITY -> "municipalities";
            case AUTONOMOUS_REGION -> "autonomous regions";
            case SAR -> "special administrative regions";
            case CITY -> "cities";
            case DISTRICT -> "districts";
            case ZONE -> "zones";
            case CLUSTER -> "clusters";
            case PROVINCE -> "provinces";
        };
    }

    /** The ranking's item, its quote cut after the lowest place the lines name ("6th. Shandong"), if any. */
    private Answer.Item item(Facts.RankingFact fact, List<String> lines) {
        int upTo = lines.stream().map(line -> line.replaceAll("^(\\d+)\\D.*$", "$1"))
                .filter(number -> number.chars().allMatch(Character::isDigit) && !number.isEmpty())
                .mapToInt(Integer::parseInt).max().orElse(size(fact));
        return items.ranking(fact, lines, upTo);
    }

    private List<String> lines(List<Ranking.Entry> entries) {
        return entries.stream().map(entry -> entry.position() + ". " + items.regionName(entry.region()))
                .toList();
    }

    /** One place below ({@code offset} 1) or above ({@code -1}) a region. */
    Answer neighbour(Region region, int offset) {
        Facts.RankingFact fact = ranking();
        Standing standing = standing(fact, region);
        if (!standing.ranked()) {
            return new Answer(standing.label() + " is not among the top " + size(fact)
                    + " the brief reports, so it has no neighbour there.",
                    List.of(item(fact, List.of())), List.of(), suggestions(List.of(region)))
                    .about(Subject.of("comparisons", "").withRegions(List.of(region.id())));
        }
        int position = standing.position() + offset;
        String where = offset > 0 ? "below" : "above";
        Optional<Ranking.Entry> next = fact.ranking().entryAt(position);
        String headline = next.map(entry -> items.regionName(entry.region()) + " (" + Items.ordinal(position)
                        + ") is one place " + where + " " + standing.label() + " (" + Items.ordinal(standing.position())
                        + ").")
                .orElse(offset > 0
                        ? "Nothing: " + standing.label() + " is last (" + Items.ordinal(standing.position())
                        + ") of the top " + size(fact) + " the brief reports."
                        : "Nothing: " + standing.label() + " leads the ranking.");
        List<String> lines = new ArrayList<>();
        next.ifPresent(entry -> lines.add(position + ". " + items.regionName(entry.region())));
        List<Region> shown = new ArrayList<>(List.of(region));
        next.flatMap(entry -> facts.gazetteer().find(entry.region())).ifPresent(shown::add);
        return new Answer(headline, List.of(item(fact, lines)), List.of(), suggestions(shown))
                .about(Subject.of("comparisons", "").withRegions(shown.stream().map(Region::id).toList()));
    }

    /** One place below or above a position: "who comes right after 3rd?". */
    Answer neighbourOf(int position, int offset) {
        Facts.RankingFact fact = ranking();
        Optional<Ranking.Entry> at = fact.ranking().entryAt(position);
        if (at.isEmpty()) {
            return outOfRange(fact);
        }
        return facts.gazetteer().find(at.get().region()).map(region -> neighbour(region, offset))
                .orElseGet(() -> outOfRange(fact));
    }

    /** The places strictly between two positions: "who is between 3rd and 5th?" is the 4th. */
    Answer between(int one, int other) {
        Facts.RankingFact fact = ranking();
        int from = Math.min(one, other);
        int to = Math.max(one, other);
        if (from < 1 || to > size(fact)) {
            return outOfRange(fact);
        }
        List<Ranking.Entry> inside = fact.ranking().entries().stream()
                .filter(entry -> entry.position() > from && entry.position() < to).toList();
        String ends = name(fact, from) + " (" + Items.ordinal(from) + ") and " + name(fact, to) + " ("
                + Items.ordinal(to) + ")";
        String headline = inside.isEmpty()
                ? "No place lies between " + Items.ordinal(from) + " and " + Items.ordinal(to) + ": they are " + ends + "."
                : Items.joined(inside.stream().map(entry -> items.regionName(entry.region()) + " ("
                + Items.ordinal(entry.position()) + ")").toList(), "and") + (inside.size() == 1 ? " is" : " are")
                + " between " + ends + ".";
        List<String> lines = fact.ranking().entries().stream()
                .filter(entry -> entry.position() >= from && entry.position() <= to)
                .map(entry -> entry.position() + ". " + items.regionName(entry.region()))
                .toList();
        List<Region> shown = inside.stream().flatMap(entry -> facts.gazetteer().find(entry.region()).stream()).toList();
        return new Answer(headline, List.of(item(fact, lines)), List.of(), suggestions(shown))
                .about(Subject.of("comparisons", "").withRegions(shown.stream().map(Region::id).toList()));
    }

    /** "Does Anhui make the top five?": yes or no first, then where it stands. */
    Answer makesTop(Region region, int top) {
        Facts.RankingFact fact = ranking();
        Standing standing = standing(fact, region);
        int size = size(fact);
        String headline;
        if (top < 1) {
            return outOfRange(fact);
        }
        if (standing.ranked()) {
            boolean inside = standing.position() <= top;
            headline = (inside ? "Yes. " : "No. ") + standing.label() + " ranks "
                    + Items.ordinal(standing.position()) + (inside ? ", inside" : ", outside") + " the top " + top + ".";
        } else if (top <= size) {
            headline = "No. " + standing.label() + " is not among the top " + size + " the brief reports.";
        } else {
            headline = "The brief cannot say: it lists only the top " + size + ", and " + standing.label()
                    + " is not among them.";
        }
        return new Answer(headline, List.of(item(fact, List.of())), List.of(), suggestions(List.of(region)))
                .about(Subject.of("comparisons", "").withRegions(List.of(region.id())));
    }

    /** A region where the ranking reads it: a city as its province, labelled "Guangdong (Shenzhen's province)". */
    private Standing standing(Facts.RankingFact fact, Region region) {
        Optional<Region> province = facts.gazetteer().provinceOf(region);
        String label = province.filter(found -> !found.equals(region))
                .map(found -> found.name() + " (" + region.name() + "'s province)")
                .orElse(region.name());
        int position = province.flatMap(found -> fact.ranking().entryFor(found.id()))
                .map(Ranking.Entry::position).orElse(-1);
        return new Standing(region, label, position);
    }

    private record Standing(Region region, String label, int position) {

        boolean ranked() {
            return position > 0;
        }
    }

    /** The ranking of the newest brief that reports one. */
    private Facts.RankingFact ranking() {
        return facts.rankings().stream()
                .max(Comparator.comparing(fact -> fact.brief().published()))
                .orElseThrow();
    }

    boolean hasRanking() {
        return !facts.rankings().isEmpty();
    }

    private Answer outOfRange(Facts.RankingFact fact) {
        int size = size(fact);
        return new Answer("The ranking the brief reports has " + size + " places; ask about places 1 to " + size
                + ".", List.of(item(fact, List.of())), List.of(),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings")));
    }

    private String name(Facts.RankingFact fact, int position) {
        return fact.ranking().entryAt(position).map(entry -> items.regionName(entry.region())).orElse("?");
    }

    private static int size(Facts.RankingFact fact) {
        return fact.ranking().entries().size();
    }

    private static List<String> names(List<Standing> standings) {
        return standings.stream().map(Standing::label).toList();
    }

    private static List<Answer.Suggestion> suggestions(List<Region> regions) {
        List<Answer.Suggestion> next = new ArrayList<>();
        regions.forEach(region -> next.add(new Answer.Suggestion(region.name(), "/region " + region.name())));
        next.add(new Answer.Suggestion("Whole ranking", "/rankings"));
        return next;
    }
}
