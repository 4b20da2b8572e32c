package dev.briefbot.answer.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
 * <p>A question names a region of the gazetteer by its name or an alias, as a whole word, without regard to case; a
 * cluster (the Yangtze River Delta) stands for its members too. An entry is about a place when its regions (a
 * person's, a proposal's, a context entry's, with a city's province) or its texts name it.
 *
 * <p>Immutable and thread-safe.
 */
final class Places {

    private final Pattern names;
    private final Map<String, Region> byName;
    private final Gazetteer gazetteer;
    /** Per entry, the ids of the regions it is about. */
    private final List<Set<String>> entryPlaces;

    Places(Gazetteer gazetteer, List<Entry> entries) {
        this.gazetteer = gazetteer;
        this.byName = new HashMap<>();
        gazetteer.regions().forEach(region -> {
            add(region.name(), region);
            region.aliases().forEach(alias -> add(alias, region));
        });
        List<String> all = new ArrayList<>(byName.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        this.names = all.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + String.join("|", all.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.entryPlaces = entries.stream().map(this::placesOf).toList();
    }

    private void add(String name, Region region) {
        // only Latin names: Chinese questions reach the search in English, and a Chinese name is not a whole word
        if (name != null && !name.isBlank() && !Glossary.hasChinese(name)) {
            byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), region);
        }
    }

    /** The regions a question names, by id, a cluster with its members. */
    Set<String> named(String text) {
        return named(text, true);
    }

    /** The text without the places it names: what is left says what it asks about them. */
    String without(String text) {
        return names == null || text == null ? text : names.matcher(text).replaceAll(" ");
    }

    private Set<String> named(String text, boolean members) {
        Set<String> ids = new HashSet<>();
        if (names == null || text == null) {
            return ids;
        }
        Matcher matcher = names.matcher(text);
        while (matcher.find()) {
            Region region = byName.get(matcher.group().toLowerCase(Locale.ROOT));
            if (region != null) {
                ids.add(region.id());
                if (members && region.type() == Region.Type.CLUSTER) {
                    ids.addAll(region.members());
                }
            }
        }
        return ids;
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

    private Set<String> placesOf(Entry entry) {
        Set<String> ids = new HashSet<>();
        entry.fields().forEach(field -> named(field.text(), false).forEach(id -> {
            ids.add(id);
            gazetteer.find(id).flatMap(gazetteer::provinceOf).ifPresent(province -> ids.add(province.id()));
        }));
        return Set.copyOf(ids);
    }
}
