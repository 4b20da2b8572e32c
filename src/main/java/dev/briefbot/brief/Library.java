package dev.briefbot.brief;

import java.util.List;

/**
 * Everything the bot knows, as one immutable snapshot: the briefs, the gazetteer, the synonym rules and the glossary.
 * A reload builds a new one beside it; readers never see half a library.
 *
 * @param synonyms the text of {@code config/synonyms.txt}, in the Solr synonym format
 * @param glossary the text of {@code config/glossary.txt} (Chinese words {@code =>} English), checked; may be empty
 */
public record Library(List<Brief> briefs, Gazetteer gazetteer, String synonyms, String glossary) {

    public Library {
        briefs = List.copyOf(briefs);
        glossary = glossary == null ? "" : glossary;
    }

    /** A library without a glossary: Chinese questions then understand only the gazetteer's place names. */
    public Library(List<Brief> briefs, Gazetteer gazetteer, String synonyms) {
        this(briefs, gazetteer, synonyms, "");
    }
}
