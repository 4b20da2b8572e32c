package dev.briefbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.briefbot.answer.Answer;

/**
 * An answer as plain text for a terminal: the headline, the items with indented details and quotes, the notes, one
 * source line per brief quoted, and the suggested commands. Control characters are dropped so no text can steer the
 * terminal.
 */
public final class PlainTextRenderer {

    private static final String INDENT = "  ";

    public String render(Answer answer) {
        List<String> sections = new ArrayList<>();
        sections.add(Printable.of(answer.headline()));
        boolean tagged = answer.quotesSeveralBriefs();
        answer.items().forEach(item -> sections.add(item(item, tagged)));
        sections.add(lines(answer.notes()));
        sections.add(sources(answer));
        sections.add(suggestions(answer));
        return sections.stream().filter(section -> !section.isBlank()).collect(Collectors.joining("\n\n"));
    }

    /** The title (with its brief in brackets once several are quoted), the lines, each point and its quotes. */
    private String item(Answer.Item item, boolean tagged) {
        List<String> lines = new ArrayList<>();
        lines.add(Printable.of(item.title()) + (tagged && item.tag() != null ? " [" + Printable.of(item.tag()) + "]"
                : ""));
        item.lines().forEach(line -> lines.add(indented(line)));
        for (Answer.Point point : item.points()) {
            String indent = point.text().isBlank() ? "" : INDENT;
            if (!point.text().isBlank()) {
                lines.add(indented("• " + point.text()));
            }
            point.quotes().forEach(quote -> lines.add(indented(indent + quoted(quote.text()))));
        }
        return String.join("\n", lines);
    }

    /** “The quote”, unless the text is already between quotation marks. */
    private static String quoted(String text) {
        boolean marked = text.length() > 1 && "“\"".indexOf(text.charAt(0)) >= 0 && "”\"".indexOf(text.charAt(text.length() - 1)) >= 0;
        return marked ? text : "“" + text + "”";
    }

    private String lines(List<String> notes) {
        return notes.stream().map(Printable::of).collect(Collectors.joining("\n"));
    }

    private String sources(Answer answer) {
        return answer.sources().stream().map(SourceLine::withAddress).map(Printable::of).collect(Collectors.joining("\n"));
    }

    private String suggestions(Answer answer) {
        if (answer.suggestions().isEmpty()) {
            return "";
        }
        return "Try: " + answer.suggestions().stream()
                .map(suggestion -> Printable.of(suggestion.command()))
                .collect(Collectors.joining(" · "));
    }

    /** Every line of a possibly multi-line text, indented under its item. */
    private String indented(String text) {
        return INDENT + Printable.of(text).replace("\n", "\n" + INDENT);
    }
}
