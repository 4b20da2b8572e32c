package dev.briefbot.answer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One word of a question as Lucene's standard tokenizer reads it (Unicode word boundaries; a Chinese character is a
 * word of its own), with its place in the text.
 *
 * @param typed the word as typed, case kept: "Baidu"
 * @param lower lower case, without a possessive "'s": "shanghai" for "Shanghai's"
 * @param stem  the English stem of {@code lower}, as the search and the cues compare words: "rank" for "ranked"
 * @param start where the word starts in the (normalised) text
 */
record Word(String typed, String lower, String stem, int start, int end) {

    /** The words of a text, in order. The text is NFKC-normalised first, so full-width letters read as letters. */
    static List<Word> of(String text) {
        String normalised = normalised(text);
        List<String> lowers = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(normalised));
        try (TokenStream stems = new PorterStemFilter(new Recorded(
                new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)), lowers))) {
            CharTermAttribute term = stems.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stems.addAttribute(OffsetAttribute.class);
            stems.reset();
            while (stems.incrementToken()) {
                String lower = lowers.get(lowers.size() - 1);
                words.add(new Word(normalised.substring(offset.startOffset(), offset.endOffset()), lower,
                        term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stems.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return words;
    }

    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The word as names compare: letters and digits only ("xi'an" is "xian"). */
    String nameForm() {
        StringBuilder kept = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    boolean isHan() {
        return typed.codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
    }

    boolean isNumber() {
        return !lower.isEmpty() && lower.chars().allMatch(Character::isDigit);
    }

    boolean capitalised() {
        return !typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0));
    }

    /** Keeps each term as it was before stemming, so a word is read once for both forms. */
    private static final class Recorded extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> seen;

        Recorded(TokenStream input, List<String> seen) {
            super(input);
            this.seen = seen;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            seen.add(term.toString());
            return true;
        }
    }
}
