package dev.briefbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Source;

/**
 * An answer as Telegram messages in HTML parse mode: bold headline and item titles, quotes in blockquotes, notes,
 * source lines in italics (a link to the article where its brief gives the address). Suggestions are left to the
 * transport, which shows them as buttons.
 * <p>
 * Only {@code & < >} are escaped: Telegram understands no other named entity. Each message fits Telegram's limit:
 * answers split between items, an oversized item between its lines, an oversized line between characters, and
 * every part is whole HTML with its tags closed.
 */
public final class TelegramHtmlRenderer {

    /** Telegram counts the text after entity parsing; raw HTML is never shorter, so counting it is safe. */
    public static final int MESSAGE_LIMIT = 4096;

    private static final String BETWEEN_BLOCKS = "\n\n";
    private static final String BETWEEN_LINES = "\n";
    private static final String EMPTY_ANSWER = "…";

    /** Quotes longer than this go in an expandable blockquote: a phone shows their start, a tap the rest. */
    public static final int LONG_QUOTE = 200;

    /**
     * One line of a message: its text, the tag around it, if any ("blockquote expandable" has an attribute), and the
     * address it links to, if any (a source line whose brief gives its article's {@code url}).
     */
    private record Line(String tag, String text, String href) {

        Line(String tag, String text) {
            this(tag, text, null);
        }

        static Line plain(String text) {
            return new Line("", text);
        }

        String html() {
            String inner = href == null ? escaped(text) : anchor() + escaped(text) + "</a>";
            return tag.isEmpty() ? inner : "<" + tag + ">" + inner + "</" + name() + ">";
        }

        int markupLength() {
            return (tag.isEmpty() ? 0 : tag.length() + name().length() + 5)
                    + (href == null ? 0 : anchor().length() + "</a>".length());
        }

        private String anchor() {
            return "<a href=\"" + escaped(href).replace("\"", "&quot;") + "\">";
        }

        private String name() {
            int space = tag.indexOf(' ');
            return space < 0 ? tag : tag.substring(0, space);
        }
    }

    public List<String> render(Answer answer) {
        List<String> pieces = blocks(answer).stream().flatMap(block -> pieces(block).stream()).toList();
        List<String> messages = packed(pieces, BETWEEN_BLOCKS);
        return messages.isEmpty() ? List.of(EMPTY_ANSWER) : messages;
    }

    /**
     * About how many characters a phone shows of the answer before anyone taps: the text Telegram displays, with an
     * expandable quote counted as the few lines it shows collapsed.
     */
    public int visibleLength(Answer answer) {
        int visible = 0;
        for (List<Line> block : blocks(answer)) {
            for (Line line : block) {
                int length = line.text().codePointCount(0, line.text().length());
                visible += line.tag().endsWith("expandable") ? Math.min(length, COLLAPSED_QUOTE) : length;
                visible++;
            }
            visible++;
        }
        return visible;
    }

    /** What an expandable quote shows collapsed: about three lines of a phone. */
    static final int COLLAPSED_QUOTE = 120;

    /** Escapes what Telegram's HTML parser would read as markup, and nothing else. */
    static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private List<List<Line>> blocks(Answer answer) {
        List<List<Line>> blocks = new ArrayList<>();
        blocks.add(List.of(new Line("b", answer.headline())));
        boolean tagged = answer.quotesSeveralBriefs();
        answer.items().forEach(item -> blocks.add(item(item, tagged)));
        blocks.add(answer.notes().stream().map(Line::plain).toList());
        blocks.add(answer.sources().stream().map(TelegramHtmlRenderer::sourceLine).toList());
        return blocks.stream().map(this::shown).filter(block -> !block.isEmpty()).toList();
    }

    /** The title in bold (with its brief in italics once several are quoted), the lines, each point and its quotes. */
    private List<Line> item(Answer.Item item, boolean tagged) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("b", item.title()));
        if (tagged && item.tag() != null) {
            lines.add(new Line("i", item.tag()));
        }
        item.lines().forEach(line -> lines.add(Line.plain(line)));
        for (Answer.Point point : item.points()) {
            if (!point.text().isBlank()) {
                lines.add(Line.plain("• " + point.text()));
            }
            point.quotes().forEach(quote -> lines.add(quote(quote.text())));
        }
        return lines;
    }

    /** A source line in italics, a link to the article where the brief gives its address. */
    private static Line sourceLine(Source source) {
        return new Line("i", SourceLine.of(source), SourceLine.address(source).orElse(null));
    }

    /** A quote as Telegram shows it: a long one collapsed to its first lines (Bot API 7.4's expandable quote). */
    private static Line quote(String text) {
        return new Line(text.length() > LONG_QUOTE ? "blockquote expandable" : "blockquote", text);
    }

    /** The lines Telegram can show: printable, and not blank (a blank message is refused). */
    private List<Line> shown(List<Line> block) {
        return block.stream()
                .map(line -> new Line(line.tag(), Printable.of(line.text()), line.href()))
                .filter(line -> !line.text().isBlank())
                .toList();
    }

    /** A block as one piece of HTML when it fits, otherwise as several, split between lines or inside a line. */
    private List<String> pieces(List<Line> block) {
        String whole = block.stream().map(Line::html).collect(Collectors.joining(BETWEEN_LINES));
        if (whole.length() <= MESSAGE_LIMIT) {
            return List.of(whole);
        }
        List<String> lines = block.stream().flatMap(line -> cut(line).stream()).map(Line::html).toList();
        return packed(lines, BETWEEN_LINES);
    }

    /** A line too long for one message, as several lines of the same tag, each fitting once escaped. */
    private List<Line> cut(Line line) {
        if (line.html().length() <= MESSAGE_LIMIT) {
            return List.of(line);
        }
        int budget = MESSAGE_LIMIT - line.markupLength();
        List<Line> parts = new ArrayList<>();
        String rest = line.text();
        while (!rest.isEmpty()) {
            int end = cutPoint(rest, budget);
            parts.add(new Line(line.tag(), rest.substring(0, end), line.href()));
            rest = rest.substring(end);
        }
        return parts.stream().filter(part -> !part.text().isBlank()).toList();
    }

    /** Where to cut: the longest start that fits once escaped, ending after a space if one is near, never mid-emoji. */
    private static int cutPoint(String text, int budget) {
        int used = 0;
        int end = 0;
        int afterSpace = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int width = escapedLength(codePoint);
            if (used + width > budget) {
                break;
            }
            used += width;
            end += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint)) {
                afterSpace = end;
            }
        }
        boolean spaceIsNear = afterSpace > end / 2;
        return end < text.length() && spaceIsNear ? afterSpace : end;
    }

    private static int escapedLength(int codePoint) {
        return switch (codePoint) {
            case '&' -> "&amp;".length();
            case '<', '>' -> "&lt;".length();
            default -> Character.charCount(codePoint);
        };
    }

    /** Pieces joined greedily into as few messages as fit, never splitting a piece. */
    private static List<String> packed(List<String> pieces, String separator) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (!current.isEmpty() && current.length() + separator.length() + piece.length() > MESSAGE_LIMIT) {
                messages.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(separator);
            }
            current.append(piece);
        }
        if (!current.isEmpty()) {
            messages.add(current.toString());
        }
        return messages;
    }
}
