package dev.briefbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.Ranking;
import dev.briefbot.brief.Region;

/** {@code /rankings}: the whole ranking, its top N, the region at a position, or where a region stands. */
final class RankingAnswers {

    private static final Pattern STRICT_TOP = Pattern.compile("(?:(?:top|first|best)\\s*)?([1-9]\\d{0,2})");
    private static final Pattern STRICT_PLACE =
            Pattern.compile("(?:(?:number|no\\.?|#|place|position)\\s*([1-9]\\d{0,2})|([1-9]\\d{0,2})\\s*(?:st|nd|rd|th))");

    private final Facts facts;
    private final Items items;

    RankingAnswers(Facts facts, Items items) {
        this.facts = facts;
        this.items = items;
    }

    /**
     * A number as {@code /rankings} reads it, strictly: "3" or "top 3" is the top 3, "3rd" or "number 3" the 3rd
     * place; anything else with a digit in it (0, -1, 1.5, 1,000, 1e-9, "3 5", ²) is no number of places, and gets
     * "ask for a number from 1 to N" and no place. Empty when the argument has no digit: it is read as words.
     */
    Optional<Answer> number(String argument) {
        if (facts.rankings().isEmpty() || argument == null
                || argument.codePoints().noneMatch(point -> Character.isDigit(point)
                        || Character.getType(point) == Character.OTHER_NUMBER
                        || Character.getType(point) == Character.LETTER_NUMBER)) {
            return Optional.empty();
        }
        Facts.RankingFact fact = newest();
        String text = argument.strip().toLowerCase(Locale.ROOT);
        Matcher top = STRICT_TOP.matcher(text);
        if (top.matches()) {
            int count = Integer.parseInt(top.group(1));
            return Optional.of(inRange(fact, count) ? top(fact, count) : askForANumber(fact));
        }
        Matcher place = STRICT_PLACE.matcher(text);
        if (place.matches()) {
            int position = Integer.parseInt(place.group(1) != null ? place.group(1) : place.group(2));
            return Optional.of(inRange(fact, position) ? at(fact, position) : askForANumber(fact));
        }
        return Optional.of(askForANumber(fact));
    }

    /** The ranking of the newest brief that reports one: what {@code /rankings} shows first. */
    Facts.RankingFact newest() {
        return facts.rankings().stream()
                .max(java.util.Comparator.comparing(fact -> fact.brief().published()))
                .orElseThrow();
    }

    private static boolean inRange(Facts.RankingFact fact, int number) {
        return number >= 1 && number <= size(fact.ranking());
    }

    /** "The ranking lists 10 regions: ask for a number from 1 to 10." — and no place anybody did not ask for. */
    Answer askForANumber(Facts.RankingFact fact) {
        int size = size(fact.ranking());
        return new Answer("The ranking lists " + size + " regions: ask for a number from 1 to " + size + ".",
                List.of(), List.of("Ask for a number from 1 to " + size + ", e.g. /rankings 3 for the top 3, or send "
                + "/rankings for the whole list."), List.of(new Answer.Suggestion("Whole ranking", "/rankings"),
                new Answer.Suggestion("Top 3", "/rankings 3")));
    }

    /** "I couldn't tell which place or region you mean by “banana”." */
    Answer unclear(String argument) {
        return new Answer("I couldn't tell which place or region you mean by “" + argument.trim() + "”.", List.of(),
                List.of("Send /rankings for the whole list, /rankings 3 for the top 3, or /rankings Sichuan for one"
                        + " region."),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings"),
                        new Answer.Suggestion("Top 3", "/rankings 3")));
    }

    /** Where a region stands in the newest ranking, in a few words: "Sichuan ranks 7th of the top 10." */
    Optional<String> standingInBrief(Region region) {
        return facts.rankings().isEmpty() ? Optional.empty() : Optional.of(standingLine(newest(), region, false));
    }

    /** Where a region stands in every ranking: one sentence each, for the notes of a region answer. */
    List<String> standingLines(Region region) {
        return facts.rankings().stream().map(fact -> standingLine(fact, region, true)).toList();
    }

    /**
     * Where a region stands in each ranking, in one line each under "Ranking (May 2023)", with as much of the quote
     * as names its place: the ranking's long name is in the quote, once.
     */
    List<Answer.Item> standingItems(Region region) {
        return facts.rankings().stream()
                .sorted(java.util.Comparator.comparing((Facts.RankingFact fact) -> fact.brief().published()).reversed())
                .map(fact -> {
                    Answer.Item ranked = items.ranking(fact, List.of(standingLine(fact, region, false)),
                            placeOf(fact, region));
                    return new Answer.Item("Ranking (" + Items.month(fact.ranking().released()) + ")",
                            ranked.lines(), ranked.points(), ranked.tag());
                })
                .toList();
    }

    /** The lowest place the line about the region names: its province's, or for a cluster its last member's. */
    private int placeOf(Facts.RankingFact fact, Region region) {
        Ranking ranking = fact.ranking();
        if (region.type() == Region.Type.CLUSTER) {
            return ranking.entries().stream().filter(entry -> region.members().contains(entry.region()))
                    .mapToInt(Ranking.Entry::position).max().orElse(size(ranking));
        }
        return facts.gazetteer().provinceOf(region).flatMap(province -> ranking.entryFor(province.id()))
                .map(Ranking.Entry::position).orElse(size(ranking));
    }

    Answer whole() {
        List<Facts.RankingFact> newestFirst = facts.rankings().stream()
                .sorted(java.util.Comparator.comparing((Facts.RankingFact fact) -> fact.brief().published()).reversed())
                .toList();
        List<Answer.Item> lists = newestFirst.stream()
                .map(fact -> items.ranking(fact, entryLines(fact.ranking(), fact.ranking().entries().size())))
                .toList();
        Facts.RankingFact first = newest();
        boolean several = newestFirst.size() > 1;
        List<String> leaders = first.ranking().entries().stream().limit(3)
                .map(entry -> items.regionName(entry.region())).toList();
        // with several rankings, the headline says which one it speaks of
        String which = several ? "the newest ranking (" + Items.month(first.ranking().released()) + ")"
                : "the ranking";
        String headline = leaders.get(0) + " leads " + which + " of " + size(first.ranking()) + " regions"
                + (leaders.size() > 1 ? ", followed by " + Items.joined(leaders.subList(1, leaders.size()), "and")
                : "") + ".";
        List<String> notes = newestFirst.stream()
                .map(Facts.RankingFact::ranking)
                .filter(ranking -> ranking.measure() != null && !ranking.measure().isBlank())
                .map(ranking -> "Measure" + (several ? " (" + Items.month(ranking.released()) + ")" : "") + ": "
                        + ranking.measure() + ".")
                .toList();
        return new Answer(headline, lists, notes, regionSuggestions(first.ranking()))
                .about(Subject.of("rankings", "rankings").withRegions(first.ranking().entries().stream()
                        .map(Ranking.Entry::region).toList()));
    }

    Answer top(Facts.RankingFact fact, int count) {
        int size = size(fact.ranking());
        if (count < 1 || count > size) {
            return askForANumber(fact);
        }
        List<String> names = fact.ranking().entries().stream().limit(count)
                .map(entry -> items.regionName(entry.region())).toList();
        String headline = count == 1 ? "The leader of the ranking is " + names.get(0) + "."
                : "The top " + count + " are " + Items.joined(names, "and") + ".";
        return new Answer(headline, List.of(items.ranking(fact, entryLines(fact.ranking(), count), count)), List.of(),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings")))
                .about(Subject.of("rankings", "top " + count).withRegions(fact.ranking().entries().stream()
                        .limit(count).map(Ranking.Entry::region).toList()));
    }

    Answer at(Facts.RankingFact fact, int position) {
        Optional<Ranking.Entry> entry = fact.ranking().entryAt(position);
        if (entry.isEmpty()) {
            return askForANumber(fact);
        }
        String region = items.regionName(entry.get().region());
        String line = region + " ranks " + Items.ordinal(position) + " of the top " + size(fact.ranking());
        return new Answer(line + " in the " + items.rankingTitle(fact.ranking()) + ".",
                List.of(items.ranking(fact, List.of(line + "."))), List.of(),
                List.of(new Answer.Suggestion(region, "/region " + region),
                        new Answer.Suggestion("Whole ranking", "/rankings")))
                .about(Subject.of("rankings", region).withRegions(List.of(entry.get().region())));
    }

    /** Where a region stands in each ranking the briefs report, newest first. */
    Answer standingEverywhere(Region region) {
        if (facts.rankings().size() == 1) {
            return standing(facts.rankings().get(0), region);
        }
        List<Facts.RankingFact> newestFirst = facts.rankings().stream()
                .sorted(java.util.Comparator.comparing((Facts.RankingFact fact) -> fact.brief().published()).reversed())
                .toList();
        List<String> lines = newestFirst.stream().map(fact -> standingLine(fact, region, true)).toList();
        return new Answer(String.join(" ", lines), newestFirst.stream()
                .map(fact -> items.ranking(fact, List.of(standingLine(fact, region, false)))).toList(), List.of(),
                List.of(new Answer.Suggestion(region.name(), "/region " + region.name()),
                        new Answer.Suggestion("Whole ranking", "/rankings")));
    }

    Answer standing(Facts.RankingFact fact, Region region) {
        return new Answer(standingLine(fact, region, true),
                List.of(items.ranking(fact, List.of(standingLine(fact, region, false)))), List.of(),
                List.of(new Answer.Suggestion(region.name(), "/region " + region.name()),
                        new Answer.Suggestion("Whole ranking", "/rankings")))
                .about(Subject.of("rankings", region.name()).withRegions(List.of(region.id())));
    }


    /** "Guangdong, Shenzhen's province, ranks 2nd of the top 10", naming the ranking or not. */
    String standingLine(Facts.RankingFact fact, Region region, boolean namingTheRanking) {
        Ranking ranking = fact.ranking();
        String top = "the top " + size(ranking);
        String in = namingTheRanking ? " in the " + items.rankingTitle(ranking) + "." : ".";
        String notIn = namingTheRanking ? " that the " + items.rankingTitle(ranking) + " lists." : ".";
        if (region.type() == Region.Type.CLUSTER) {
            return clusterLine(ranking, region, top, in, notIn);
        }
        Optional<Region> province = facts.gazetteer().provinceOf(region);
        String subject = province.filter(found -> !found.equals(region))
                .map(found -> found.name() + ", " + region.name() + "'s province,")
                .orElse(region.name());
        return province.flatMap(found -> ranking.entryFor(found.id()))
                .map(entry -> subject + " ranks " + Items.ordinal(entry.position()) + " of " + top + in)
                .orElse(subject + " is not among " + top + notIn);
    }

    private String clusterLine(Ranking ranking, Region cluster, String top, String in, String notIn) {
        List<String> listed = ranking.entries().stream()
                .filter(entry -> cluster.members().contains(entry.region()))
                .map(entry -> items.regionName(entry.region()) + " (" + Items.ordinal(entry.position()) + ")")
                .toList();
        if (listed.isEmpty()) {
            return "None of the members of " + cluster.name() + " is among " + top + notIn;
        }
        return "Of the members of " + cluster.name() + ", " + Items.joined(listed, "and")
                + (listed.size() == 1 ? " is" : " are") + " among " + top + in;
    }

    private List<String> entryLines(Ranking ranking, int count) {
        return ranking.entries().stream()
                .limit(count)
                .map(entry -> entry.position() + ". " + items.regionName(entry.region()))
                .toList();
    }

    private List<Answer.Suggestion> regionSuggestions(Ranking ranking) {
        return ranking.entries().stream()
                .map(entry -> items.regionName(entry.region()))
                .map(name -> new Answer.Suggestion(name, "/region " + name))
                .toList();
    }

    static int size(Ranking ranking) {
        return ranking.entries().size();
    }
}
