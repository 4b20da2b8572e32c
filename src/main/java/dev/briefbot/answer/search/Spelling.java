package dev.briefbot.answer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Typos in free text, corrected against the library's own words (and the synonym file's): a word the library lacks
 * and that is no common English word becomes the closest library word, within one edit for words of 4–7 letters and
 * two for longer ones (a swap of two letters is one edit), with Lucene's {@link DirectSpellChecker}. "eldrely" →
 * "elderly", "qualtiy" → "quality", "lfie" → "life" (four letters too: a short word that is no English word is as
 * likely a typo as a long one, and a real short word — "data", "date" — is never touched); "dementia" or
 * "childcare" stay as typed, being words (the model's vocabulary of about 30,000 common English words says which),
 * so a real word is never bent into a topic the brief has.
 * Names are not touched here: people and regions forgive typos on their own.
 */
final class Spelling {

    private static final String FIELD = "word";
    private static final int SHORTEST = 4;
    private static final int LONGEST_FOR_ONE_EDIT = 7;
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+");

    private final Set<String> words;
    private final Set<String> names;
    private final WordPieceTokenizer common;
    private final DirectoryReader reader;
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    /**
     * @param libraryWords the words a typo may be corrected to
     * @param names        the words of people's and places' names: never corrected, nor their beginnings (a name
     *                     being typed), and never a correction — but for the English words among them: "Industry",
     *                     "Service" and "Cooperation" in the name of Qianhai's zone are still words a typo of
     *                     "industy" means
     */
    Spelling(Collection<String> libraryWords, Collection<String> names, WordPieceTokenizer common) {
        this.common = common;
        this.names = names.stream().filter(name -> !common.isWholeWord(name))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.words = libraryWords.stream().filter(word -> !this.names.contains(word))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.reader = index(words);
    }

    /** The library's words, lower case, from its texts. */
    static Set<String> wordsOf(Collection<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher word = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
            while (word.find()) {
                words.add(word.group());
            }
        }
        return words;
    }

    /** How common the word is in English, as the model's vocabulary ranks it. */
    int rank(String word) {
        return common.rank(word);
    }

    /** The text with each misspelt word replaced by the library's word, everything else as it was. */
    String correct(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder corrected = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(corrected, Matcher.quoteReplacement(correctWord(word.group())));
        }
        word.appendTail(corrected);
        return corrected.toString();
    }

    private String correctWord(String typed) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        int length = lower.length();
        if (length < SHORTEST || words.contains(lower) || common.isWholeWord(lower) || words.isEmpty()
                || names.stream().anyMatch(name -> name.startsWith(lower))) {
            return typed;
        }
        DirectSpellChecker checker = length <= LONGEST_FOR_ONE_EDIT ? oneEdit : twoEdits;
        try {
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(FIELD, lower), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? typed : suggestions[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(SHORTEST);
        // the library's words are few: a suggestion's frequency says nothing of it
        checker.setThresholdFrequency(0);
        return checker;
    }

    private static DirectoryReader index(Set<String> words) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (String word : words) {
                Document document = new Document();
                document.add(new StringField(FIELD, word, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
