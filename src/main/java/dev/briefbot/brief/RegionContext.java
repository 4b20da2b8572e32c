package dev.briefbot.brief;

import java.util.List;

/** Something a brief says about a region's situation, not proposed by anyone, e.g. a gap it wants to close. */
public record RegionContext(String id, List<String> regions, String summary, List<String> quotes) {

    public RegionContext {
        regions = List.copyOf(regions);
        quotes = List.copyOf(quotes);
    }
}
