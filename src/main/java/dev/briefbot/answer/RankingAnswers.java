package dev.briefbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.Ranking;
import dev.briefbot.brief.Region;

/** {@code /rankings}: the whole ranking, its top N, the region at a position, or where a region stands. */
final class RankingAnswers {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));
    private static final String NUMBER = "(\\d{1,3}|" + String.join("|", NUMBER_WORDS.keySet()) + ")";
    private static final Pattern TOP_N =
            Pattern.compile("\\b(?:top|first|best|leading|highest)\\s+" + NUMBER + "\\b|\\b" + NUMBER
                    + "\\s+(?:best|top|leading|highest)\\b");
    private static final Pattern NUMBERED_POSITION =
            Pattern.compile("\\b(?:number|no|position|place|rank|ranked|ranks|ranking|#)\\s*" + NUMBER + "\\b|#"
                    + NUMBER + "\\b|\\b(\\d{1,3})(?:st|nd|rd|th)\\b|\\b" + NUMBER + "\\s*(?:st|nd|rd|th)?\\s+place\\b");
    private static final Pattern ORDINAL_WORD =
            Pattern.compile("\\b(" + String.join("|", ORDINAL_WORDS.keySet()) + ")\\b");
    private static final Pattern FIRST_PLACE = Pattern.compile(
            "\\b(best|highest|leads?|leading|strongest|most competitive|top spot|is top|ranks top|at the top"
                    + "|number one)\\b");
    private static final Pattern LAST_PLACE = Pattern.compile("\\b(last|lowest|bottom)\\b");
    private static final Pattern ASKS_FOR_LIST =
            Pattern.compile("\\b(rank\\w*|list|all|top|index|competitiveness|whole|full|regions|provinces)\\b");
    private static final Pattern ANY_NUMBER = Pattern.compile("\\b" + NUMBER + "\\b");

    private final Facts facts;
    private final Items items;
    private final RegionNames regionNames;

    RankingAnswers(Facts facts, Items items, RegionNames regionNames) {
        this.facts = facts;
        this.items = items;
        this.regionNames = regionNames;
    }

    Answer rankings(String argument) {
        if (facts.rankings().isEmpty()) {
            return Answer.of("The briefs report no ranking.");
        }
        String text = argument == null ? "" : argument.trim().toLowerCase(Locale.ROOT);
        Facts.RankingFact ranking = facts.rankings().get(0);
        if (text.isEmpty()) {
            return whole();
        }
        if (text.matches("\\d{1,3}")) {
            return top(ranking, Integer.parseInt(text));
        }
        Optional<Region> region = regionIn(argument);
        if (region.isPresent()) {
            return standing(ranking, region.get());
        }
        OptionalInt topCount = number(TOP_N, text);
        if (topCount.isPresent()) {
            return top(ranking, topCount.getAsInt());
        }
        OptionalInt position = position(text, ranking.ranking());
        if (position.isPresent()) {
            return at(ranking, position.getAsInt());
        }
        return ASKS_FOR_LIST.matcher(text).find() ? whole() : unclear(argument);
    }

    /** Where a region stands in every ranking: one sentence each, for the notes of a region answer. */
    List<String> standingLines(Region region) {
        return facts.rankings().stream().map(fact -> standingLine(fact, region, true)).toList();
    }

    /** The rankings that say where a region stands, each with its quote. */
    List<Answer.Item> standingItems(Region region) {
        return facts.rankings().stream()
                .map(fact -> items.ranking(fact, List.of(standingLine(fact, region, false))))
                .toList();
    }

    Answer whole() {
        List<Answer.Item> lists = facts.rankings().stream()
                .map(fact -> items.ranking(fact, entryLines(fact.ranking(), fact.ranking().entries().size())))
                .toList();
        Facts.RankingFact first = facts.rankings().get(0);
        String headline = first.ranking().name() + ", released " + Items.month(first.ranking().released())
                + ": the top " + size(first.ranking());
        List<String> notes = facts.rankings().stream()
                .map(Facts.RankingFact::ranking)
                .filter(ranking -> ranking.measure() != null && !ranking.measure().isBlank())
                .map(ranking -> "Measure: " + ranking.measure() + ".")
                .toList();
        return new Answer(headline, lists, notes, regionSuggestions(first.ranking()))
                .about(Subject.of("rankings", "rankings").withRegions(first.ranking().entries().stream()
                        .map(Ranking.Entry::region).toList()));
    }

    Answer top(Facts.RankingFact fact, int count) {
        int size = size(fact.ranking());
        if (count < 1 || count > size) {
            return outOfRange(fact, "the top " + count);
        }
        String headline = "The top " + count + " of the " + items.rankingTitle(fact.ranking());
        return new Answer(headline, List.of(items.ranking(fact, entryLines(fact.ranking(), count))), List.of(),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings")))
                .about(Subject.of("rankings", "top " + count).withRegions(fact.ranking().entries().stream()
                        .limit(count).map(Ranking.Entry::region).toList()));
    }

    Answer at(Facts.RankingFact fact, int position) {
        Optional<Ranking.Entry> entry = fact.ranking().entryAt(position);
        if (entry.isEmpty()) {
            return outOfRange(fact, "the " + Items.ordinal(position) + " place");
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

    private Answer outOfRange(Facts.RankingFact fact, String asked) {
        int size = size(fact.ranking());
        return new Answer("The " + items.rankingTitle(fact.ranking()) + " lists " + size + " regions, so "
                + asked + " is not in it.", List.of(), List.of("Ask for a number from 1 to " + size
                + ", e.g. /rankings 3, or send /rankings for the whole list."),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings")));
    }

    private Answer unclear(String argument) {
        return new Answer("I couldn't tell which place or region you mean by “" + argument.trim() + "”.", List.of(),
                List.of("Send /rankings for the whole list, /rankings 3 for the top 3, or /rankings Sichuan for one"
                        + " region."),
                List.of(new Answer.Suggestion("Whole ranking", "/rankings"),
                        new Answer.Suggestion("Top 3", "/rankings 3")));
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

    private Optional<Region> regionIn(String argument) {
        Optional<Region> whole = regionNames.match(argument).confident();
        if (whole.isPresent()) {
            return whole;
        }
        return regionNames.findIn(argument).stream().findFirst();
    }

    private OptionalInt position(String text, Ranking ranking) {
        OptionalInt numbered = number(NUMBERED_POSITION, text);
        if (numbered.isPresent()) {
            return numbered;
        }
        Matcher ordinal = ORDINAL_WORD.matcher(text);
        if (ordinal.find()) {
            return OptionalInt.of(ORDINAL_WORDS.get(ordinal.group(1)));
        }
        if (FIRST_PLACE.matcher(text).find()) {
            return OptionalInt.of(1);
        }
        if (LAST_PLACE.matcher(text).find()) {
            return OptionalInt.of(size(ranking));
        }
        return number(ANY_NUMBER, text);
    }

    private static OptionalInt number(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return OptionalInt.empty();
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            String value = matcher.group(group);
            if (value != null) {
                return OptionalInt.of(value.chars().allMatch(Character::isDigit)
                        ? Integer.parseInt(value) : NUMBER_WORDS.get(value));
            }
        }
        return OptionalInt.empty();
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
