package dev.briefbot.answer.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * BERT's uncased WordPiece tokenizer, as the model's {@code tokenizer.json} describes it (BertNormalizer: clean text,
 * spaces around CJK characters, lower case without accents; BertPreTokenizer: split on spaces and punctuation;
 * WordPiece with "##" continuations; [CLS] … [SEP]). Written here rather than taken from DJL's HuggingFace binding,
 * which unpacks a 14 MB native library per platform into the home folder and probes for CUDA at start-up;
 * {@code WordPieceTokenizerTest} checks that ours gives the same ids as HuggingFace's.
 */
final class WordPieceTokenizer {

    private static final String CONTINUATION = "##";
    private static final int LONGEST_WORD = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int start;
    private final int end;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.start = id("[CLS]");
        this.end = id("[SEP]");
    }

    /** Reads the vocabulary of a HuggingFace {@code tokenizer.json} whose model is WordPiece. */
    static WordPieceTokenizer read(InputStream json) {
        try {
            JsonNode vocab = new ObjectMapper().readTree(json).path("model").path("vocab");
            if (!vocab.isObject() || vocab.isEmpty()) {
                throw new IllegalStateException("the tokenizer file has no WordPiece vocabulary (model.vocab)");
            }
            Map<String, Integer> ids = new HashMap<>(vocab.size() * 2);
            for (Iterator<Map.Entry<String, JsonNode>> each = vocab.fields(); each.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = each.next();
                ids.put(entry.getKey(), entry.getValue().intValue());
            }
            return new WordPieceTokenizer(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids the model reads: [CLS], the word pieces (at most {@code maxTokens - 2}), [SEP]. */
    long[] ids(String text, int maxTokens) {
        List<Integer> pieces = new ArrayList<>();
        pieces.add(start);
        for (String word : words(text)) {
            if (pieces.size() >= maxTokens - 1) {
                break;
            }
            pieces(word, pieces);
        }
        int size = Math.min(pieces.size(), maxTokens - 1);
        long[] ids = new long[size + 1];
        for (int i = 0; i < size; i++) {
            ids[i] = pieces.get(i);
        }
        ids[size] = end;
        return ids;
    }

    /**
     * How common a lower-case word is: its id, as BERT's vocabulary lists whole words by frequency in its corpus
     * (about 2,000 for "the", 10,000 for "elderly"); {@link Integer#MAX_VALUE} for a word it splits into pieces.
     */
    int rank(String word) {
        Integer id = vocabulary.get(word);
        return id == null ? Integer.MAX_VALUE : id;
    }

    /** Is this lower-case word one whole token of the vocabulary, i.e. a common word of the model's English? */
    boolean isWholeWord(String word) {
        return vocabulary.containsKey(word);
    }

    /** Normalised and split as BertNormalizer and BertPreTokenizer do. */
    static List<String> words(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || Character.getType(c) == Character.NON_SPACING_MARK
                    || (isControl(c) && !isSpace(c))) {
                continue;
            }
            if (isSpace(c)) {
                flush(word, words);
            } else if (isPunctuation(c) || isCjk(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, words);
        return words;
    }

    /** Greedy longest match first; a word with a part the vocabulary lacks is one [UNK]. */
    private void pieces(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > LONGEST_WORD) {
            out.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int from = 0;
        while (from < word.length()) {
            int to = word.length();
            Integer piece = null;
            while (to > from) {
                String candidate = (from > 0 ? CONTINUATION : "") + word.substring(from, to);
                piece = vocabulary.get(candidate);
                if (piece != null) {
                    break;
                }
                to = Character.isLowSurrogate(word.charAt(to - 1)) && to - 2 > from ? to - 2 : to - 1;
            }
            if (piece == null) {
                out.add(unknown);
                return;
            }
            found.add(piece);
            from = to;
        }
        out.addAll(found);
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalStateException("the tokenizer's vocabulary lacks " + token);
        }
        return id;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    /** ASCII symbols count as punctuation too, as in BERT ("$", "^", "`" are not Unicode punctuation). */
    private static boolean isPunctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x2A6DF
                || c >= 0x2A700 && c <= 0x2B73F || c >= 0x2B740 && c <= 0x2B81F || c >= 0x2B820 && c <= 0x2CEAF
                || c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F;
    }
}
