package dev.briefbot.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into its sentences, each exactly as printed (a substring of the text), so that one can be quoted
 * verbatim. A full stop ends a sentence only where a new one visibly begins: "Dr. Li", "the U.S. market", "3.5
 * percent", "J. K. Rowling" and "Jan. 28" do not end one; a closing quote or bracket after the stop stays with its
 * sentence; a new paragraph always begins a new sentence, and a line without a final stop (a heading) is one.
 */
public final class Sentences {

    /** One sentence of a text. {@code start} and {@code end} index the text; {@code paragraph} counts from 0. */
    public record Sentence(String text, int start, int end, int paragraph) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "st", "jr", "sr",
            "mt", "ft", "inc", "ltd", "co", "corp", "bros", "no", "nos", "vs", "v", "e.g", "i.e", "cf", "al", "approx",
            "dept", "univ", "est", "fig", "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "ph.d", "rev", "hon", "pres", "min");
        private static final String TERMINATORS = ".!?。！？";
    private static final String CLOSERS = "\"'”’»)]」』";
    private static final String OPENERS = "\"'“‘«([「『";

    private Sentences() {
    }

    /** Every sentence of the text, in order. */
    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (int[] block : blocks(text)) {
            int before = sentences.size();
            sentencesOf(text, block[0], block[1], paragraph, sentences);
            if (sentences.size() > before) {
                paragraph++;
            }
        }
        return sentences;
    }

    /** The sentences' text only, in order. */
    public static List<String> texts(String text) {
        return of(text).stream().map(Sentence::text).toList();
    }

    /**
     * The paragraphs, as [start, end) ranges: a blank line ends one, and so does a line that ends a sentence or has
     * no final stop at all and is short (a heading, a dateline); a long line without a stop is hard-wrapped and goes on.
     */
    private static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.isEmpty() || endsBlock(line) || lineEnd == text.length()) {
                int end = line.isEmpty() ? lineStart : lineEnd;
                if (end > blockStart) {
                    blocks.add(new int[] {blockStart, end});
                }
                blockStart = lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    private static boolean endsBlock(String line) {
        char last = line.charAt(line.length() - 1);
        boolean stops = TERMINATORS.indexOf(last) >= 0 || CLOSERS.indexOf(last) >= 0;
        return stops || line.length() < 80 && last != ',';
    }

    private static void sentencesOf(String text, int from, int to, int paragraph, List<Sentence> sentences) {
        int sentenceStart = from;
        for (int i = from; i < to; i++) {
            int end = sentenceEnd(text, i, to);
            if (end > 0) {
                add(text, sentenceStart, end, paragraph, sentences);
                sentenceStart = end;
                i = end - 1;
            }
        }
        add(text, sentenceStart, to, paragraph, sentences);
    }

    /** Where the sentence that has a terminator at {@code at} ends (after its closing quotes), or -1 if it goes on. */
    private static int sentenceEnd(String text, int at, int to) {
        char c = text.charAt(at);
        if (TERMINATORS.indexOf(c) < 0 && c != '…') {
            return -1;
        }
        int end = at + 1;
        while (end < to && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '…')) {
            end++;
        }
        while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (c >= '。') {
            return end;
        }
        int next = end;
        while (next < to && isSpace(text.charAt(next))) {
            next++;
        }
        if (next == end && next < to) {
            return -1;
        }
        if (next >= to) {
            return to;
        }
        if (!beginsSentence(text.charAt(next), next + 1 < to ? text.charAt(next + 1) : ' ')) {
            return -1;
        }
        if (c == '.' && (abbreviation(text, at) || ellipsis(text, at))) {
            return -1;
        }
        if (c == '…') {
            return -1;
        }
        return end;
    }

    private static boolean beginsSentence(char first, char second) {
        if (OPENERS.indexOf(first) >= 0) {
            return Character.isUpperCase(second) || Character.isDigit(second) || OPENERS.indexOf(second) >= 0;
        }
        return Character.isUpperCase(first) || Character.isDigit(first) || Character.UnicodeScript.of(first)
                == Character.UnicodeScript.HAN;
    }

    // "..." mid-sentence is a pause, not an end
    private static boolean ellipsis(String text, int at) {
        return at >= 2 && text.startsWith("...", at - 2);
    }

    /** Whether the word before the stop at {@code at} is an abbreviation or an initial ("J." of "J. K. Rowling"). */
    private static boolean abbreviation(String text, int at) {
        int start = at;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, at);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    // the published text holds non-breaking spaces, which Character.isWhitespace does not count
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void add(String text, int from, int to, int paragraph, List<Sentence> sentences) {
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(text.substring(start, end), start, end, paragraph));
        }
    }
}
