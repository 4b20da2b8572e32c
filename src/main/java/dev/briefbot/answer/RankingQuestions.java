package dev.briefbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
        } else {
            Standing first = ranked.get(0);
            headline = first.label() + " is ahead: " + Items.ordinal(first.position()) + ", against "
                    + Items.joined(ranked.subList(1, ranked.size()).stream()
                    .map(other -> other.label() + "'s " + Items.ordinal(other.position())).toList(), "and")
                    + (unranked.isEmpty() ? "." : "; " + Items.joined(names(unranked), "and")
                    + (unranked.size() == 1 ? " is" : " are") + " not among the top " + size(fact) + ".");
        }
        List<String> lines = new ArrayList<>();
        ranked.forEach(standing -> lines.add(Items.ordinal(standing.position()) + ". " + standing.label()));
        return new Answer(headline, List.of(items.ranking(fact, lines)), List.of(), suggestions(asked))
                .about(Subject.of("comparisons", "").withRegions(asked.stream().map(Region::id).toList()));
    }

    /** One place below ({@code offset} 1) or above ({@code -1}) a region. */
    Answer neighbour(Region region, int offset) {
        Facts.RankingFact fact = ranking();
        Standing standing = standing(fact, region);
        if (!standing.ranked()) {
            return new Answer(standing.label() + " is not among the top " + size(fact)
                    + " the brief reports, so it has no neighbour there.",
                    List.of(items.ranking(fact, List.of())), List.of(), suggestions(List.of(region)))
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
        next.ifPresent(entry -> lines.add(Items.ordinal(position) + ". " + items.regionName(entry.region())));
        List<Region> shown = new ArrayList<>(List.of(region));
        next.flatMap(entry -> facts.gazetteer().find(entry.region())).ifPresent(shown::add);
        return new Answer(headline, List.of(items.ranking(fact, lines)), List.of(), suggestions(shown))
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
                .map(entry -> Items.ordinal(entry.position()) + ". " + items.regionName(entry.region()))
                .toList();
        List<Region> shown = inside.stream().flatMap(entry -> facts.gazetteer().find(entry.region()).stream()).toList();
        return new Answer(headline, List.of(items.ranking(fact, lines)), List.of(), suggestions(shown))
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
        return new Answer(headline, List.of(items.ranking(fact, List.of())), List.of(), suggestions(List.of(region)))
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
                + ".", List.of(items.ranking(fact, List.of())), List.of(),
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
