package dev.briefbot.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.briefbot.brief.Source;

/**
 * What the bot says, before it is rendered for a chat: a headline, items with their quotes, and suggestions a user
 * can follow (shown as buttons where the chat has them). Text here is plain: renderers add markup and escaping.
 *
 * @param headline    the one-line answer, e.g. "Shenzhen (Guangdong)"
 * @param items       the facts, each with the quotes that carry it
 * @param notes       plain lines after the items, e.g. a ranking position or a hint on how to ask
 * @param suggestions follow-ups: a label and the command it runs
 * @param subject     what the answer is about, for the next message to follow up on; {@code null} when nothing
 */
public record Answer(String headline, List<Item> items, List<String> notes, List<Suggestion> suggestions,
                     Subject subject) {

    public Answer {
        Objects.requireNonNull(headline, "headline");
        items = List.copyOf(items);
        notes = List.copyOf(notes);
        suggestions = List.copyOf(suggestions);
    }

    /** An answer about nothing a follow-up could take up: a greeting, a refusal, a list of commands. */
    public Answer(String headline, List<Item> items, List<String> notes, List<Suggestion> suggestions) {
        this(headline, items, notes, suggestions, null);
    }

    public static Answer of(String headline) {
        return new Answer(headline, List.of(), List.of(), List.of());
    }

    public Answer withNotes(List<String> moreNotes) {
        return new Answer(headline, items, moreNotes, suggestions, subject);
    }

    public Answer withSuggestions(List<Suggestion> moreSuggestions) {
        return new Answer(headline, items, notes, moreSuggestions, subject);
    }

    /** The same answer, about {@code about}: the chat keeps it for the next message to follow up on. */
    public Answer about(Subject about) {
        return new Answer(headline, items, notes, suggestions, about);
    }

    /** What the answer was about, for a follow-up; empty when there is nothing to follow up on. */
    public java.util.Optional<Subject> followUp() {
        return java.util.Optional.ofNullable(subject);
    }

    /** The distinct sources of every quote, newest first: the answer's source lines, one per brief. */
    public List<Source> sources() {
        return items.stream()
                .flatMap(item -> item.quotes().stream())
                .map(Quote::source)
                .distinct()
                .sorted(Comparator.comparing(Source::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Source::title))
                .toList();
    }

    /** Whether the answer quotes more than one brief: then each item says which brief it comes from. */
    public boolean quotesSeveralBriefs() {
        return sources().size() > 1;
    }

    /**
     * One fact, or one person with all they said: a title (who, or what), detail lines, and points, each a line
     * with the verbatim quotes behind it.
     *
     * @param title  e.g. "Wu Wenyan — member of the Beijing Committee of the CPPCC · Beijing"
     * @param lines  detail lines, e.g. where someone is from
     * @param points what the item says, each with its quotes: one per proposal under a person
     * @param tag    the brief it comes from, short ("Global Times, 28 Jan 2024"), shown once several briefs are
     *               quoted; {@code null} when it comes from none
     */
    public record Item(String title, List<String> lines, List<Point> points, String tag) {

        public Item {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
            points = List.copyOf(points);
        }

        /** An item of one point without a line of its own: lines, then the quotes that carry them. */
        public Item(String title, List<String> lines, List<Quote> quotes) {
            this(title, lines, quotes.isEmpty() ? List.of() : List.of(new Point("", quotes)), null);
        }

        /** Every quote of the item, in order. */
        public List<Quote> quotes() {
            return points.stream().flatMap(point -> point.quotes().stream()).toList();
        }
    }

    /**
     * One thing said, and the verbatim passages that carry it.
     *
     * @param text the point in one line, e.g. a proposal's summary; empty when the quotes speak for themselves
     */
    public record Point(String text, List<Quote> quotes) {

        public Point {
            text = text == null ? "" : text;
            quotes = List.copyOf(quotes);
        }
    }

    /** A passage copied verbatim from a brief, and the brief it comes from. */
    public record Quote(String text, Source source) {
    }

    /**
     * A follow-up the user can take with one tap.
     *
     * @param label   what the button says, e.g. "Shenzhen"
     * @param command the command it runs, e.g. "/region Shenzhen"
     */
    public record Suggestion(String label, String command) {
    }
}
