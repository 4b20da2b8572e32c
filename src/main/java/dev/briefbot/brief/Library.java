package dev.briefbot.brief;

import java.util.List;

/**
 * Everything the bot knows, as one immutable snapshot: the briefs, the gazetteer, the synonym rules and the glossary,
 * and what the seeds folder holds that is not a brief yet: texts not yet reviewed, and briefs set aside for failing
 * their checks. A reload builds a new one beside it; readers never see half a library.
 *
 * @param briefs     the reviewed briefs, by publication time then id
 * @param unreviewed the texts without their {@code .yaml}, by id: sentences to quote, no facts
 * @param setAside   the briefs left out, each with its problems (file, entry, reason, fix), by id
 * @param synonyms   the text of {@code config/synonyms.txt}, in the Solr synonym format
 * @param glossary   the text of {@code config/glossary.txt} (Chinese words {@code =>} English), checked; may be empty
 */
public record Library(List<Brief> briefs, List<UnreviewedBrief> unreviewed, List<SetAside> setAside,
                      Gazetteer gazetteer, String synonyms, String glossary) {

    public Library {
        briefs = List.copyOf(briefs);
        unreviewed = List.copyOf(unreviewed);
        setAside = List.copyOf(setAside);
        glossary = glossary == null ? "" : glossary;
    }

    /** A library of reviewed briefs only, with a glossary. */
    public Library(List<Brief> briefs, Gazetteer gazetteer, String synonyms, String glossary) {
        this(briefs, List.of(), List.of(), gazetteer, synonyms, glossary);
    }

    /** A library of reviewed briefs only, without a glossary: Chinese then reads only the gazetteer's place names. */
    public Library(List<Brief> briefs, Gazetteer gazetteer, String synonyms) {
        this(briefs, gazetteer, synonyms, "");
    }
}
