package dev.briefbot.brief.draft;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.Masthead;
import dev.briefbot.brief.PlaceNames;
import dev.briefbot.brief.Published;
import dev.briefbot.brief.Region;

/** A ranking a sentence reports: "the top 10 provincial-level regions are Beijing, Guangdong, …, and Hunan". */
final class Rankings {

    private static final Map<String, Integer> NUMBERS = Map.of("three", 3, "five", 5, "ten", 10, "twenty", 20,
            "four", 4, "six", 6, "seven", 7, "eight", 8, "nine", 9, "fifteen", 15);
    private static final Pattern TOP = Pattern.compile("(?i)\\btop[ -](\\d+|three|four|five|six|seven|eight|nine|ten"
            + "|fifteen|twenty)\\b([^,.;:]*?)\\s+(?:are|were|include|included|is|was|being)\\s+(?:led by\\s+)?"
            + "([^.;]+)");
    private static final Pattern NAMED = Pattern.compile("(?:report|ranking|index|list|survey|study)\\s+(?:on|of|by"
            + "|titled|called|named)\\s+(?:the\\s+)?(.+?)\\s+(?:released|published|issued|unveiled)\\s+(?:in|on)\\s+"
            + "([A-Z][a-z]+\\.?\\s+\\d{4})");
    private static final Pattern MEASURE = Pattern.compile("in terms of (?:the )?([^,]+)");

    private final PlaceNames places;

    Rankings(PlaceNames places) {
        this.places = places;
    }

    Optional<Ranking> in(String sentence, Published published) {
        Matcher top = TOP.matcher(sentence);
        if (!top.find()) {
            return Optional.empty();
        }
        int size = size(top.group(1));
        List<String> entries = new ArrayList<>();
        List<String> review = new ArrayList<>();
        for (String item : top.group(3).split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
            String name = item.strip().replaceAll("^(?:and|then)\\s+", "");
            Optional<Region> region = places.named(name).or(() -> places.inProse(name).stream().findFirst());
            if (region.isEmpty()) {
                return Optional.empty();
            }
            entries.add(region.get().id());
        }
        if (entries.stream().distinct().count() != entries.size()) {
            return Optional.empty();
        }
        if (entries.size() != size) {
            review.add("the text says top " + size + " but lists " + entries.size() + "; size is what it lists");
        }
        Matcher named = NAMED.matcher(sentence);
        String name;
        YearMonth released;
        if (named.find()) {
            name = named.group(1).strip();
            released = Masthead.date("1 " + named.group(2)).map(date -> YearMonth.from(date.date()))
                    .orElse(YearMonth.from(published.date()));
        } else {
            name = "Top " + size + top.group(2);
            released = YearMonth.from(published.date());
            review.add("name and release month not found in the text: the ones given are placeholders");
        }
        Matcher measure = MEASURE.matcher(sentence);
        String measured = measure.find() ? measure.group(1).strip() : ("top " + size + top.group(2)).strip();
        return Optional.of(new Ranking(name, released, measured, entries, sentence, review));
    }

    private static int size(String number) {
        return number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number)
                : NUMBERS.get(number.toLowerCase(Locale.ROOT));
    }

    record Ranking(String name, YearMonth released, String measure, List<String> entries, String quote,
                   List<String> review) {
    }
}
