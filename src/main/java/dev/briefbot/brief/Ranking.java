package dev.briefbot.brief;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A ranking a brief reports.
 *
 * @param name     the report's full name
 * @param released when the report came out
 * @param measure  what is ranked, in the brief's words
 * @param entries  positions 1..n in order
 */
public record Ranking(String id, String name, YearMonth released, String measure, List<Entry> entries,
                      List<String> quotes) {

    public record Entry(int position, String region) {
    }

    public Ranking {
        entries = List.copyOf(entries);
        quotes = List.copyOf(quotes);
    }

    public Optional<Entry> entryFor(String regionId) {
        return entries.stream().filter(entry -> entry.region().equals(regionId)).findFirst();
    }

    public Optional<Entry> entryAt(int position) {
        return entries.stream().filter(entry -> entry.position() == position).findFirst();
    }
}
