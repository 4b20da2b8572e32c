package dev.briefbot.brief;

import java.util.List;

/**
 * A proposal, suggestion or statement a person made in a brief.
 *
 * @param person  the id of the {@link Person} who made it
 * @param regions gazetteer ids of the regions it is about
 * @param topics  short topic names in the brief's words, e.g. {@code elderly care}
 * @param summary one line in our words
 * @param quotes  verbatim passages of the brief that carry it
 */
public record Proposal(String id, String person, Kind kind, List<String> regions, List<String> topics,
                       String summary, List<String> quotes) {

    public enum Kind { PROPOSAL, STATEMENT }

    public Proposal {
        regions = List.copyOf(regions);
        topics = List.copyOf(topics);
        quotes = List.copyOf(quotes);
    }
}
