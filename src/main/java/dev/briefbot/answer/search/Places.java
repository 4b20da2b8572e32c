package dev.briefbot.answer.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Region;

/**
 * The places a question names, and the entries that are about them: a place is a name, never a paraphrase. "What did
 * Xinjiang's advisors say?" is answered by an entry of Xinjiang or of nowhere, however close a Beijing proposal comes
 * in meaning; "Tianjin" is not "Beijing" because their vectors are near.
 *
 * <p>A text names a region of the gazetteer by its name or an alias, as whole words, without regard to case, the
 * longest name first ("Beijing-Tianjin-Hebei" is the cluster, not three places); in a question a cluster (the Yangtze
 * River Delta) stands for its members too. An entry is about the places the brief puts it in: its regions (a
 * proposal's, a context entry's, its person's, with a city's province) and its person's organisation (the Beijing
 * Committee). Names are looked up word by word, one pass over the words whatever the size of the gazetteer.
 *
 * <p>Immutable and thread-safe.
 */
final class Places {

    /** Letters and digits, with an apostrophe inside a word (Xi'an, Bao'an): the words names are made of. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    /** The fields that say where an entry belongs: its regions, and its person's (a committee is of a place). */
    private static final Set<String> PLACED_BY = Set.of("regions", "person");

    private final Gazetteer gazetteer;
    /** A name's words joined by one space, lower case, to its region. */
    private final Map<String, Region> byName = new HashMap<>();
    /** Every name's first words, one word, two, … up to the whole name: where a scan may go on reading. */
    private final Set<String> prefixes = new HashSet<>();
    /** Per entry, the ids of the regions it is about. */
    private final List<Set<String>> entryPlaces;

    Places(Gazetteer gazetteer, List<Entry> entries) {
        this.gazetteer = gazetteer;
        for (Region region : gazetteer.regions()) {
            add(region.name(), region);
            region.aliases().forEach(alias -> add(alias, region));
        }
        // a role, an organisation or a region's name recurs in many entries: each distinct text is read once
        Map<String, Set<String>> read = new HashMap<>();
        this.entryPlaces = entries.stream().map(entry -> placesOf(entry, read)).toList();
    }

    /** Adds a Latin name: a Chinese question reaches the search in English. */
    private void add(String name, Region region) {
        if (name == null || name.isBlank() || Glossary.hasChinese(name)) {
            return;
        }
        List<String> words = words(name);
        for (int n = 1; n <= words.size(); n++) {
            prefixes.add(String.join(" ", words.subList(0, n)));
        }
        byName.putIfAbsent(String.join(" ", words), region);
    }

    /** The regions a question names, by id, a cluster with its members. */
    Set<String> named(String text) {
        Set<String> ids = new HashSet<>();
        for (Region region : regionsIn(text)) {
            ids.add(region.id());
            if (region.type() == Region.Type.CLUSTER) {
                ids.addAll(region.members());
            }
        }
        return ids;
    }

    /** The text without the names of places: what is left says what it asks about them. */
    String without(String text) {
        if (text == null || byName.isEmpty()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        scan(text, (region, span) -> spans.add(span));
        StringBuilder left = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            left.replace(spans.get(i)[0], spans.get(i)[1], " ");
        }
        return left.toString();
    }

    /**
     * The entries about one of the places, or null when the question names none (every entry may answer).
     */
    BitSet about(Set<String> places) {
        if (places.isEmpty()) {
            return null;
        }
        BitSet about = new BitSet(entryPlaces.size());
        for (int i = 0; i < entryPlaces.size(); i++) {
            for (String place : entryPlaces.get(i)) {
                if (places.contains(place)) {
                    about.set(i);
                    break;
                }
            }
        }
        return about;
    }

    private Set<String> placesOf(Entry entry, Map<String, Set<String>> read) {
        Set<String> ids = new HashSet<>();
        // where the brief puts it, not every place its quotes compare it with: Shandong's gap "behind Shenzhen and
        // Shanghai" is about Shandong
        entry.fields().stream().filter(field -> PLACED_BY.contains(field.name()))
                .forEach(field -> ids.addAll(read.computeIfAbsent(field.text(), this::placesIn)));
        return Set.copyOf(ids);
    }

    /** The regions a text names, with a city's province. */
    private Set<String> placesIn(String text) {
        Set<String> ids = new HashSet<>();
        regionsIn(text).forEach(region -> {
            ids.add(region.id());
            gazetteer.provinceOf(region).ifPresent(province -> ids.add(province.id()));
        });
        return Set.copyOf(ids);
    }

    private List<Region> regionsIn(String text) {
        List<Region> regions = new ArrayList<>();
        if (text != null && !byName.isEmpty()) {
            scan(text, (region, span) -> regions.add(region));
        }
        return regions;
    }

    private interface Found {
        void at(Region region, int[] span);
    }

    /** Every name in the text, left to right, the longest at each word, none overlapping. */
    private void scan(String text, Found found) {
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
                Region named = byName.get(read);
                if (named != null) {
                    matched = n;
                    region = named;
                }
            }
            if (region == null) {
                i++;
                continue;
            }
            found.at(region, new int[] {spans.get(i)[0], spans.get(i + matched - 1)[1]});
            i += matched;
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(normal(word.group()));
        }
        return words;
    }

    /** Lower case, one apostrophe, without a possessive: "Tianjin's" is Tianjin. */
    private static String normal(String word) {
        String normal = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return normal.endsWith("'s") ? normal.substring(0, normal.length() - 2) : normal;
    }
}
