package dev.briefbot.answer;

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

    /** The distinct sources of every quote, in order of first appearance: the answer's source lines. */
    public List<Source> sources() {
        return items.stream()
                .flatMap(item -> item.quotes().stream())
                .map(Quote::source)
                .distinct()
                .toList();
    }

    /**
     * One fact: a title (who, or what), detail lines, and the verbatim quotes behind it.
     *
     * @param title  e.g. "Wu Wenyan — member, Beijing Committee of the CPPCC"
     * @param lines  detail lines, e.g. the proposal's summary
     * @param quotes the verbatim passages, each with its source
     */
    public record Item(String title, List<String> lines, List<Quote> quotes) {

        public Item {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
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
