package dev.briefbot.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode, strictly: only its tags, properly nested and closed, no bare {@code <}, only the
 * entities {@code &lt; &gt; &amp; &quot;} and numeric ones, at most 4096 characters of text once parsed. Errors
 * carry Telegram's wording and UTF-8 byte offsets.
 */
final class HtmlParseMode {

    static final int MAX_TEXT_LENGTH = 4096;

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,8}|#x[0-9a-fA-F]{1,7});");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*([a-zA-Z_-]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    // a message is checked, then shown, on the same server thread: parse it once, not twice
    private static final ThreadLocal<Map.Entry<String, String>> LAST_PARSED = new ThreadLocal<>();

    private final String html;
    private final Deque<String> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int at;

    private HtmlParseMode(String html) {
        this.html = html;
    }

    /** Throws Telegram's 400 unless the text would be sent as given. */
    static void check(String html) {
        String shown = visibleText(html);
        if (shown.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (shown.length() > MAX_TEXT_LENGTH) {
            throw ApiError.badRequest("message is too long");
        }
    }

    /** The text a user sees: tags gone, entities decoded; throws Telegram's 400 for HTML it cannot parse. */
    static String visibleText(String html) {
        Map.Entry<String, String> last = LAST_PARSED.get();
        if (last != null && last.getKey().equals(html)) {
            return last.getValue();
        }
        String shown = new HtmlParseMode(html).parse();
        LAST_PARSED.set(Map.entry(html, shown));
        return shown;
    }

    private String parse() {
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '<') {
                readTag();
            } else if (c == '&') {
                readEntity();
            } else {
                text.append(c);
                at++;
            }
        }
        if (!open.isEmpty()) {
            throw cannotParse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return text.toString();
    }

    private void readTag() {
        int start = at;
        boolean closing = at + 1 < html.length() && html.charAt(at + 1) == '/';
        at += closing ? 2 : 1;
        String name = readName();
        if (closing) {
            closeTag(start, name);
        } else {
            openTag(start, name);
        }
    }

    private void openTag(int start, String name) {
        if (!TAGS.contains(name)) {
            throw cannotParse("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(start));
        }
        String attributes = readUntilTagEnd(start);
        if (name.equals("span") && !attributes.matches("\\s*class\\s*=\\s*[\"']?tg-spoiler[\"']?\\s*")) {
            throw cannotParse("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(start));
        }
        open.push(name);
    }

    private void closeTag(int start, String name) {
        readUntilTagEnd(start);
        if (open.isEmpty()) {
            throw cannotParse("Unexpected end tag at byte offset " + byteOffset(start));
        }
        if (!open.peek().equals(name)) {
            throw cannotParse("Unmatched end tag at byte offset " + byteOffset(start) + ", expected \"</"
                    + open.peek() + ">\", found \"</" + name + ">\"");
        }
        open.pop();
    }

    private String readName() {
        int from = at;
        while (at < html.length() && (Character.isLetterOrDigit(html.charAt(at)) || html.charAt(at) == '-')) {
            at++;
        }
        return html.substring(from, at).toLowerCase(Locale.ROOT);
    }

    // Attributes are name, name=value, name="value" or name='value'; anything else means the tag is broken.
    private String readUntilTagEnd(int start) {
        int from = at;
        Matcher attribute = ATTRIBUTE.matcher(html);
        while (attribute.region(at, html.length()).lookingAt() && attribute.end() > at) {
            at = attribute.end();
        }
        while (at < html.length() && Character.isWhitespace(html.charAt(at))) {
            at++;
        }
        if (at >= html.length() || html.charAt(at) != '>') {
            throw cannotParse("Unclosed start tag at byte offset " + byteOffset(start));
        }
        at++;
        return html.substring(from, at - 1);
    }

    private void readEntity() {
        Matcher entity = ENTITY.matcher(html).region(at, html.length());
        if (!entity.lookingAt()) {
            throw cannotParse("Unsupported HTML entity at byte offset " + byteOffset(at)
                    + "; a bare \"&\" must be written \"&amp;\"");
        }
        text.appendCodePoint(codePoint(entity.group(1)));
        at = entity.end();
    }

    private int codePoint(String entity) {
        switch (entity) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "quot": return '"';
            default:
                long code = entity.startsWith("#x") ? Long.parseLong(entity.substring(2), 16)
                        : Long.parseLong(entity.substring(1));
                if (code == 0 || code > Character.MAX_CODE_POINT) {
                    throw cannotParse("Invalid numeric entity at byte offset " + byteOffset(at));
                }
                return (int) code;
        }
    }

    private int byteOffset(int index) {
        return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static ApiError cannotParse(String what) {
        return ApiError.badRequest("can't parse entities: " + what);
    }
}
