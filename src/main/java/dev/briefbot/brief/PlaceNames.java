package dev.briefbot.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gazetteer's places as a text names them: names, aliases and Chinese names, as whole words, the longest name
 * first ("Beijing-Tianjin-Hebei" is the cluster, not three places), "Shenzhen's" naming Shenzhen. A text's words are
 * read once and names looked up by their first words, so the cost is one pass over the text whatever the size of
 * the gazetteer; a Chinese character is a word of its own, so a Chinese name needs no spaces around it.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceNames {

    /** Letters and digits, with an apostrophe inside a word (Xi'an, Bao'an), or one Chinese character. */
    private static final Pattern WORD = Pattern.compile(
            "\\p{IsHan}|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+(?:['’][\\p{L}\\p{N}&&[^\\p{IsHan}]]+)*");

    /** A name found in a text: the region, where it is, and how it was typed. */
    public record Found(Region region, int start, int end, String typed) {
    }

    private final Gazetteer gazetteer;
    /** A name's words (lower case, possessive dropped) joined by one space, to its region. */
    private final Map<String, Region> byWords = new HashMap<>();
    /** Every name's first words, one word, two, … up to the whole name: where a scan may go on reading. */
    private final Set<String> prefixes = new HashSet<>();
    /** A whole name as typed, lower case, to its region. */
    private final Map<String, Region> byName = new HashMap<>();

    public PlaceNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Region region : gazetteer.regions()) {
            List<String> forms = new ArrayList<>(region.aliases());
            forms.add(0, region.name());
            forms.add(region.chineseName());
            for (String form : forms) {
                if (form != null && !form.isBlank()) {
                    add(form.strip(), region);
                }
            }
        }
    }

    private void add(String name, Region region) {
        byName.putIfAbsent(name.toLowerCase(Locale.ROOT).replace('’', '\''), region);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(name);
        while (word.find()) {
            words.add(normal(word.group()));
        }
        for (int n = 1; n <= words.size(); n++) {
            prefixes.add(String.join(" ", words.subList(0, n)));
        }
        if (!words.isEmpty()) {
            byWords.putIfAbsent(String.join(" ", words), region);
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every name in the text in any case, left to right, the longest at each word, none overlapping. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || byWords.isEmpty()) {
            return found;
        }
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(normal(word.group()));
            spans.add(new int[] {word.start(), word.end()});
        }
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            Region region = null;
            StringBuilder key = new StringBuilder();
            for (int n = 1; i + n <= words.size(); n++) {
                if (n > 1) {
                    key.append(' ');
                }
                key.append(words.get(i + n - 1));
                String read = key.toString();
                if (!prefixes.contains(read)) {
                    break;
                }
                Region named = byWords.get(read);
                if (named != null) {
                    matched = n;
                    region = named;
                }
            }
            if (region == null) {
                i++;
                continue;
            }
            int start = spans.get(i)[0];
            int end = spans.get(i + matched - 1)[1];
            found.add(new Found(region, start, end, text.substring(start, end)));
            i += matched;
        }
        return found;
    }

    /**
     * The places a text of prose names, in reading order, each once: a Latin name only when capitalised ("shanghai"
     * as an adjective is no place), a Chinese name always.
     */
    public List<Region> inProse(String text) {
        List<Region> regions = new ArrayList<>();
        for (Found name : find(text)) {
            int first = name.typed().codePointAt(0);
            boolean named = Character.isUpperCase(first)
                    || Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN;
            if (named && !regions.contains(name.region())) {
                regions.add(name.region());
            }
        }
        return regions;
    }

    /** The region a whole name (any case) names. */
    public Optional<Region> named(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT).replace('’', '\'')));
    }

    /** Is the word, as it stands, a place's whole name? */
    public boolean isPlaceWord(String word) {
        return named(word).isPresent();
    }

    /** Lower case, one apostrophe, without a possessive: "Tianjin's" is Tianjin. */
    private static String normal(String word) {
        String normal = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return normal.endsWith("'s") ? normal.substring(0, normal.length() - 2) : normal;
    }
}
