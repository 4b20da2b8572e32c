package dev.briefbot.brief;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;

/**
 * Reads {@code config/synonyms.txt} and proves Lucene can parse it, so a broken rule stops start-up with its line
 * number instead of surfacing later as a search that silently ignores the file.
 */
final class SynonymRules {

    private static final Pattern LINE = Pattern.compile("at line (\\d+)");

    private SynonymRules() {
    }

    /** @return the text of the file, once Lucene has parsed every rule in it */
    static String read(Path file) {
        String rules = readText(file);
        try (Analyzer analyzer = new WordAnalyzer()) {
            new SolrSynonymParser(true, true, analyzer).parse(new StringReader(rules));
        } catch (ParseException e) {
            throw new LibraryException(file + ": " + describe(rules, e) + ". Write equivalent words as "
                    + "'old people, seniors, elderly', a one-way rewrite as 'schools => education', and start "
                    + "comments with #.", e);
        } catch (IOException e) {
            throw new LibraryException(file + ": cannot be parsed (" + e.getMessage() + ").", e);
        }
        return rules;
    }

    private static String readText(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LibraryException(file + ": not found. Create it (see docs/seed-format.md; it may hold only "
                    + "comments), or point briefbot.config-dir at the folder that holds it.");
        }
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new LibraryException(file + ": is not UTF-8 text; save it as UTF-8.", e);
        } catch (IOException e) {
            throw new LibraryException(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** "line 7 ("a => b => c") cannot be read as a synonym rule: more than one explicit mapping…" */
    private static String describe(String rules, ParseException e) {
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        if (!line.find()) {
            return "a rule cannot be read: " + cause;
        }
        int number = Integer.parseInt(line.group(1));
        String[] lines = rules.split("\\R", -1);
        String text = number >= 1 && number <= lines.length ? " (\"" + lines[number - 1].strip() + "\")" : "";
        return "line " + number + text + " cannot be read as a synonym rule: " + cause;
    }

    /** Words as a search would see them: split on word boundaries and lower-cased, keeping digits. */
    private static final class WordAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new LowerCaseFilter(words));
        }
    }
}
