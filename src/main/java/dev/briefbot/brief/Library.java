package dev.briefbot.brief;

import java.util.List;

/**
 * Everything the bot knows, as one immutable snapshot: the briefs, the gazetteer and the synonym rules.
 * A reload builds a new one beside it; readers never see half a library.
 *
 * @param synonyms the text of {@code config/synonyms.txt}, in the Solr synonym format
 */
public record Library(List<Brief> briefs, Gazetteer gazetteer, String synonyms) {

    public Library {
        briefs = List.copyOf(briefs);
    }
}
