package dev.briefbot.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
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
    // a value is quoted, or a name token (letters, digits, periods, hyphens); a bare name is an attribute without one
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s+([^\\s=>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9.-]*)(?=[\\s>])))?");
    private static final Map<String, String> ENTITY_TYPES = Map.ofEntries(Map.entry("b", "bold"),
            Map.entry("strong", "bold"), Map.entry("i", "italic"), Map.entry("em", "italic"),
            Map.entry("u", "underline"), Map.entry("ins", "underline"), Map.entry("s", "strikethrough"),
            Map.entry("strike", "strikethrough"), Map.entry("del", "strikethrough"), Map.entry("a", "text_link"),
            Map.entry("code", "code"), Map.entry("pre", "pre"), Map.entry("blockquote", "blockquote"),
            Map.entry("tg-spoiler", "spoiler"), Map.entry("span", "spoiler"), Map.entry("tg-emoji", "custom_emoji"));
    // a message is checked, then shown, on the same server thread: parse it once, not twice
    private static final ThreadLocal<Map.Entry<String, Parsed>> LAST_PARSED = new ThreadLocal<>();

    private final String html;
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<Map.Entry<Integer, Entity>> entities = new ArrayList<>();
    private int opened;
    private final StringBuilder text = new StringBuilder();
    private int at;

    /**
     * A formatting entity of the parsed text, as Telegram returns it with the message: offsets and lengths in UTF-16
     * code units (a Java string's own), {@code url} for a text_link only.
     */
    record Entity(String type, int offset, int length, String url) {
    }

    /** The text a user sees and its entities. */
    record Parsed(String text, List<Entity> entities) {
    }

    /** A tag still open: its name, where its text began, and what its attributes said. */
    private record Open(String name, int offset, String type, String url, int order) {
    }

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
        return parsed(html).text();
    }

    /** The text a user sees and its formatting; throws Telegram's 400 for HTML it cannot parse. */
    static Parsed parsed(String html) {
        Map.Entry<String, Parsed> last = LAST_PARSED.get();
        if (last != null && last.getKey().equals(html)) {
            return last.getValue();
        }
        HtmlParseMode parser = new HtmlParseMode(html);
        String text = parser.parse();
        // as Telegram lists them: by offset, the longer first, and of two alike the one opened first
        Comparator<Map.Entry<Integer, Entity>> order = Comparator.comparingInt(entry -> entry.getValue().offset());
        parser.entities.sort(order.thenComparing(entry -> -entry.getValue().length())
                .thenComparing(Map.Entry::getKey));
        Parsed shown = new Parsed(text, parser.entities.stream().map(Map.Entry::getValue).toList());
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
            throw cannotParse("Can't find end tag corresponding to start tag \"" + open.peek().name() + "\"");
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
        Map<String, String> attributes = readAttributes(start, name);
        if (name.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
            throw cannotParse("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(start));
        }
        // Bot API 7.4: a blockquote with the attribute expandable (any value, or none) collapses to its first lines
        String type = name.equals("blockquote") && attributes.containsKey("expandable") ? "expandable_blockquote"
                : ENTITY_TYPES.get(name);
        open.push(new Open(name, text.length(), type, name.equals("a") ? attributes.get("href") : null, opened++));
    }

    // An end tag is its name and optional spaces: "</blockquote expandable>" is refused, as Telegram does.
    private void closeTag(int start, String name) {
        while (at < html.length() && Character.isWhitespace(html.charAt(at))) {
            at++;
        }
        if (at >= html.length() || html.charAt(at) != '>') {
            throw cannotParse("Unclosed end tag at byte offset " + byteOffset(start));
        }
        at++;
        if (open.isEmpty()) {
            throw cannotParse("Unexpected end tag at byte offset " + byteOffset(start));
        }
        if (!name.isEmpty() && !open.peek().name().equals(name)) {
            throw cannotParse("Unmatched end tag at byte offset " + byteOffset(start) + ", expected \"</"
                    + open.peek().name() + ">\", found \"</" + name + ">\"");
        }
        Open closed = open.pop();
        // Telegram keeps no empty entity, and links a text_link without href to its own text
        if (text.length() > closed.offset()) {
            String url = closed.type().equals("text_link") && closed.url() == null
                    ? text.substring(closed.offset()) : closed.url();
            entities.add(Map.entry(closed.order(),
                    new Entity(closed.type(), closed.offset(), text.length() - closed.offset(), url)));
        }
    }

    private String readName() {
        int from = at;
        while (at < html.length() && (Character.isLetterOrDigit(html.charAt(at)) || html.charAt(at) == '-')) {
            at++;
        }
        return html.substring(from, at).toLowerCase(Locale.ROOT);
    }

    // Attributes are name, name=value (a name token), name="value" or name='value'; anything else breaks the tag.
    private Map<String, String> readAttributes(int start, String tag) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(html);
        while (attribute.region(at, html.length()).lookingAt()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value == null ? "" : decoded(value));
            at = attribute.end();
        }
        while (at < html.length() && Character.isWhitespace(html.charAt(at))) {
            at++;
        }
        if (at < html.length() && html.charAt(at) == '=') {
            throw cannotParse("Empty attribute name in the tag \"" + tag + "\" at byte offset " + byteOffset(start));
        }
        if (at >= html.length() || html.charAt(at) != '>') {
            throw cannotParse("Unclosed start tag at byte offset " + byteOffset(start));
        }
        at++;
        return attributes;
    }

    private static String decoded(String value) {
        return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
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
