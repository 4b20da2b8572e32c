package dev.briefbot.answer.search;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.PlaceNames;
import dev.briefbot.brief.Region;

/**
 * The places a question names, and the entries that are about them: a place is a name, never a paraphrase. "What did
 * Xinjiang's advisors say?" is answered by an entry of Xinjiang or of nowhere, however close a Beijing proposal comes
 * in meaning; "Tianjin" is not "Beijing" because their vectors are near.
 *
 * <p>A question names a region of the gazetteer as {@link PlaceNames} reads it, in any case; a cluster (the Yangtze
 * River Delta) stands for its members too. An entry is about the places the brief puts it in: its regions (a
 * proposal's, a context entry's, its person's, with a city's province) and its person's organisation (the Beijing
 * Committee).
 *
 * <p>Immutable and thread-safe.
 */
final class Places {

    /** The fields that say where an entry belongs: its regions, and its person's (a committee is of a place). */
    private static final Set<String> PLACED_BY = Set.of("regions", "person");

    private final PlaceNames names;
    /** Per entry, the ids of the regions it is about. */
    private final List<Set<String>> entryPlaces;

    Places(Gazetteer gazetteer, List<Entry> entries) {
        this.names = new PlaceNames(gazetteer);
        // a role, an organisation or a region's name recurs in many entries: each distinct text is read once
        Map<String, Set<String>> read = new HashMap<>();
        this.entryPlaces = entries.stream().map(entry -> placesOf(entry, read)).toList();
    }

    /** The regions a question names, by id, a cluster with its members. */
    Set<String> named(String text) {
        Set<String> ids = new HashSet<>();
        for (PlaceNames.Found name : names.find(text)) {
            ids.add(name.region().id());
            if (name.region().type() == Region.Type.CLUSTER) {
                ids.addAll(name.region().members());
            }
        }
        return ids;
    }

    /** The text without the names of places: what is left says what it asks about them. */
    String without(String text) {
        List<PlaceNames.Found> found = names.find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder left = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            left.replace(found.get(i).start(), found.get(i).end(), " ");
        }
        return left.toString();
    }

    /** The entries about one of the places, or null when the question names none (every entry may answer). */
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
        Gazetteer gazetteer = names.gazetteer();
        Set<String> ids = new HashSet<>();
        names.find(text).forEach(name -> {
            ids.add(name.region().id());
            gazetteer.provinceOf(name.region()).ifPresent(province -> ids.add(province.id()));
        });
        return Set.copyOf(ids);
    }
}
