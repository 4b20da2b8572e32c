package dev.briefbot.brief;

import java.util.regex.Pattern;

/**
 * The text of a brief as quotes are checked against it: every run of whitespace counts as one space, because the
 * published article holds non-breaking spaces and line breaks that a quote copied into YAML does not keep.
 */
final class PublishedText {

    // \s alone misses U+00A0, U+2007 and U+202F; \h and \v cover them and the Unicode line separators
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\h\\v]+");
    private static final int SHOWN = 60;
    private static final int AROUND = 25;
    // below this many agreeing characters, pointing at "where it diverges" would point at chance
    private static final int MEANINGFUL_PREFIX = 12;

    private final String normalised;

    PublishedText(String text) {
        this.normalised = normalise(text);
    }

    static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    boolean contains(String quote) {
        return normalised.contains(normalise(quote));
    }

    /** Why a quote is not in the text, for an operator who has to find the typo: the quote, and where it diverges. */
    String mismatch(String quote) {
        String wanted = normalise(quote);
        String explanation = "\"" + abbreviate(wanted) + "\".";
        int agreeing = longestOccurringPrefix(wanted);
        if (agreeing >= MEANINGFUL_PREFIX) {
            int at = normalised.indexOf(wanted.substring(0, agreeing)) + agreeing;
            explanation += " The text agrees up to \"…" + wanted.substring(Math.max(0, agreeing - AROUND), agreeing)
                    + "\", then reads \"" + excerpt(normalised, at) + "\" where the quote has \""
                    + excerpt(wanted, agreeing) + "\".";
        }
        return explanation;
    }

    // a prefix that occurs has every shorter prefix occurring too, so the longest one is found by bisection
    private int longestOccurringPrefix(String wanted) {
        int low = 0;
        int high = wanted.length();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (normalised.contains(wanted.substring(0, middle))) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static String excerpt(String text, int from) {
        int to = Math.min(text.length(), from + AROUND);
        return text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    private static String abbreviate(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
