package dev.briefbot.brief;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a brief as quotes are checked against it. What a quote typed into YAML cannot be expected to keep
 * counts as equal: every run of whitespace is one space (the article holds non-breaking spaces and line breaks),
 * typographic and straight quotes and apostrophes are one character, so are the dashes and hyphens, and an ellipsis
 * is three dots. Case and every other character must agree. A quote found is kept as the text prints it.
 */
final class PublishedText {

    // \s alone misses U+00A0, U+2007 and U+202F; \h and \v cover them and the Unicode line separators
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\h\\v]+");
    private static final String DOUBLE_QUOTES = "\"“”„‟″〝〞«»＂";
    private static final String SINGLE_QUOTES = "'‘’‚‛′＇";
    private static final String DASHES = "-‐‑‒–—―−﹣－";
    private static final int SHOWN = 60;
    private static final int AROUND = 25;
    // below this many agreeing characters, pointing at "where it diverges" would point at chance
    private static final int MEANINGFUL_PREFIX = 12;

    private final String text;
    private final String normalised;
    // for each character of the normalised text, where it starts and ends in the text
    private final int[] from;
    private final int[] to;

    PublishedText(String text) {
        this.text = text;
        StringBuilder folded = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 3 + 1];
        int[] ends = new int[text.length() * 3 + 1];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                int runEnd = i;
                while (runEnd < text.length() && isWhitespace(text.charAt(runEnd))) {
                    runEnd++;
                }
                if (!folded.isEmpty() && runEnd < text.length()) {
                    starts[folded.length()] = i;
                    ends[folded.length()] = runEnd;
                    folded.append(' ');
                }
                i = runEnd;
                continue;
            }
            String as = fold(c);
            for (int k = 0; k < as.length(); k++) {
                starts[folded.length()] = i;
                ends[folded.length()] = i + 1;
                folded.append(as.charAt(k));
            }
            i++;
        }
        this.normalised = folded.toString();
        this.from = Arrays.copyOf(starts, normalised.length());
        this.to = Arrays.copyOf(ends, normalised.length());
    }

    /** The text as quotes are compared with it: whitespace, quotes, apostrophes, dashes and ellipses folded. */
    static String normalise(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }

    boolean contains(String quote) {
        return span(quote).isPresent();
    }

    /**
     * The quote as the text prints it (its own quotes, dashes and ellipses; whitespace runs as one space), or empty
     * where the text does not hold it.
     */
    Optional<String> span(String quote) {
        String wanted = normalise(quote);
        int at = wanted.isEmpty() ? -1 : normalised.indexOf(wanted);
        if (at < 0) {
            return Optional.empty();
        }
        String printed = text.substring(from[at], to[at + wanted.length() - 1]);
        return Optional.of(WHITESPACE.matcher(printed).replaceAll(" "));
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

    private static String fold(char c) {
        if (DOUBLE_QUOTES.indexOf(c) >= 0) {
            return "\"";
        }
        if (SINGLE_QUOTES.indexOf(c) >= 0) {
            return "'";
        }
        if (DASHES.indexOf(c) >= 0) {
            return "-";
        }
        return c == '…' ? "..." : String.valueOf(c);
    }

    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
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
