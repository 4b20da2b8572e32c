package dev.briefbot.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Telegram's HTML parse mode accepts, checked the strict way: only its tags, properly nested, only the entities
 * it understands, no bare {@code <} or {@code &}, at most 4096 characters before and after entity parsing.
 */
final class TelegramHtml {

    static final Set<String> ALLOWED_TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre", "blockquote", "tg-spoiler");

    // an a has its href; a blockquote may be expandable (Bot API 7.4); no other tag takes an attribute
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)(\\s+href=\"[^\"<>]*\"|\\s+expandable)?>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtml() {
    }

    /** The first problem Telegram would have with this message, or {@code null} when it has none. */
    static String problem(String html) {
        if (html.length() > TelegramHtmlRenderer.MESSAGE_LIMIT) {
            return "longer than 4096: " + html.length();
        }
        if (html.isBlank()) {
            return "blank message";
        }
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt()) {
                    return "bare < at " + i;
                }
                String name = tag.group(2);
                if (!ALLOWED_TAGS.contains(name)) {
                    return "tag not allowed: " + name;
                }
                boolean href = tag.group(3) != null && tag.group(3).contains("href");
                boolean expandable = tag.group(3) != null && tag.group(3).strip().equals("expandable");
                if (href && !name.equals("a") || expandable && !name.equals("blockquote")
                        || tag.group(3) != null && !tag.group(1).isEmpty()) {
                    return "attribute on " + name;
                }
                if (tag.group(1).isEmpty()) {
                    open.push(name);
                } else if (open.isEmpty() || !open.pop().equals(name)) {
                    return "unbalanced </" + name + "> at " + i;
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    return "bare & at " + i;
                }
                i = entity.end();
            } else if (Character.isSurrogate(c) && !validPair(html, i)) {
                return "lone surrogate at " + i;
            } else {
                i += Character.isHighSurrogate(c) ? 2 : 1;
            }
        }
        return open.isEmpty() ? null : "unclosed <" + open.peek() + ">";
    }

    /** The text Telegram shows: tags removed, each entity one character. */
    static String visibleText(String html) {
        return html.replaceAll("<[^>]*>", "").replaceAll("&(amp|lt|gt|quot|#x?[0-9a-fA-F]+);", "_");
    }

    private static boolean validPair(String html, int i) {
        return Character.isHighSurrogate(html.charAt(i)) && i + 1 < html.length()
                && Character.isLowSurrogate(html.charAt(i + 1));
    }
}
