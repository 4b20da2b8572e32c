package dev.briefbot.brief;

import java.util.List;

/**
 * Everything the bot knows, as one immutable snapshot: the briefs, the gazetteer and the synonym rules, and what
 * the seeds folder held that is not a brief yet: briefs set aside for failing their checks.
 * A reload builds a new one beside it; readers never see half a library.
 *
 * @param setAside the briefs left out, each with its problems (file, entry, reason, fix), by id
 * @param synonyms the text of {@code config/synonyms.txt}, in the Solr synonym format
 */
public record Library(List<Brief> briefs, List<SetAside> setAside, Gazetteer gazetteer, String synonyms) {

    public Library {
        briefs = List.copyOf(briefs);
        setAside = List.copyOf(setAside);
    }

    /** A library that set nothing aside. */
    public Library(List<Brief> briefs, Gazetteer gazetteer, String synonyms) {
        this(briefs, List.of(), gazetteer, synonyms);
    }
}
