package dev.briefbot.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names of things, matched exactly first and then by similarity, so "shenzen" or "Wu Wenyen" still find what was
 * meant. Names compare without case, punctuation or spaces ("guang dong" is "Guangdong", "Hongkong" is "Hong Kong").
 *
 * <p>Every question is read for names, so the similarity search must not compare the question with every name:
 * an index of letter pairs ({@link TypoCandidates}) picks the few names that could be within the typos forgiven,
 * and only those are measured.
 */
final class NameIndex<T> {

    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    // "Guangdong-Hong Kong-Macao Greater Bay Area" is seven words
    private static final int LONGEST_NAME_IN_WORDS = 8;
    // the answer layer protects itself: names are looked for in the first 60 words only, so a pasted
    // 5,000-character text costs no more than a long question (no one puts the name they ask about at word 61)
    static final int WORDS_READ_FOR_NAMES = 60;
    private static final int SHORTEST_TYPO_IN_SENTENCE = 6;
    private static final double SIMILAR = 0.88;
    private static final double SIMILAR_IN_SENTENCE = 0.93;
    // stateless and thread-safe: one for all searches
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final UnaryOperator<String> trim;
    private final int shortestFuzzyName;
    private final int lettersPerEdit;
    private final Map<String, Set<T>> byKey = new LinkedHashMap<>();
    private final TypoCandidates candidates = new TypoCandidates();
    // Chinese names are found by containment, not by words (Chinese has no spaces): kept apart to skip the rest
    private final List<String> hanKeys = new ArrayList<>();

    /**
     * @param trim              drops words that do not change what a name means, e.g. a trailing "province"
     * @param shortestFuzzyName names shorter than this match only exactly: "Wu" must not find "Xu"
     * @param lettersPerEdit    how long a name must be for each typo forgiven: 4 forgives "shenzen" and "Shangai"
     */
    NameIndex(UnaryOperator<String> trim, int shortestFuzzyName, int lettersPerEdit) {
        this.trim = trim;
        this.shortestFuzzyName = shortestFuzzyName;
        this.lettersPerEdit = lettersPerEdit;
    }

    void add(String name, T value) {
        if (name == null) {
            return;
        }
        String key = key(name);
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, this::newKey).add(value);
        }
    }

    /** The thing a whole name means: exact first, then the closest by edits when nothing is exact. */
    NameMatch<T> match(String name) {
        return match(name, value -> true, Integer.MAX_VALUE);
    }

    /**
     * As {@link #match(String)}, but a typo finds only the things {@code allowed} accepts, within {@code mostEdits}
     * typos at most; an exact name finds what it names.
     */
    NameMatch<T> match(String name, Predicate<? super T> allowed, int mostEdits) {
        String key = key(name == null ? "" : name);
        if (key.isEmpty()) {
            return NameMatch.none();
        }
        Set<T> exact = byKey.get(key);
        if (exact != null) {
            return NameMatch.exactly(List.copyOf(exact));
        }
        return key.length() < shortestFuzzyName ? NameMatch.none()
                : closest(key, SIMILAR, Math.min(mostEdits, maxEdits(key)), allowed);
    }

    /** A name found in a sentence: what it names, and the words it covers ({@code from} = -1 inside Chinese text). */
    record Named<T>(T value, int from, int to) {
    }

    /** Things named inside a sentence, in reading order: word n-grams exactly, long ones also with one typo. */
    List<T> findIn(String sentence) {
        String read = firstWordsOf(sentence);
        return spansIn(words(read), read).stream().map(Named::value).distinct().toList();
    }

    /**
     * The names among a sentence's words (lower case, letters and digits only, as {@link #words} gives them) and in
     * its Chinese characters, longest first where they overlap: every word group that names something (a thing
     * named twice is found twice), then the Chinese names inside runs of characters.
     */
    List<Named<T>> spansIn(List<String> sentenceWords, String sentence) {
        List<String> words = firstWords(sentenceWords);
        List<Named<T>> found = new ArrayList<>();
        boolean[] used = new boolean[words.size()];
        for (int size = Math.min(LONGEST_NAME_IN_WORDS, words.size()); size >= 1; size--) {
            for (int start = 0; start + size <= words.size(); start++) {
                if (!anyUsed(used, start, size)) {
                    List<T> named = named(words.subList(start, start + size));
                    if (!named.isEmpty()) {
                        markUsed(used, start, size);
                        for (T value : named) {
                            found.add(new Named<>(value, start, start + size));
                        }
                    }
                }
            }
        }
        // a Chinese name inside a run of characters the words did not split off ("深圳的提案") is found by containment
        for (T value : namesInHan(sentence)) {
            if (found.stream().noneMatch(already -> already.value().equals(value))) {
                found.add(new Named<>(value, -1, -1));
            }
        }
        return found;
    }

    /** Words of a sentence, lowercase, without possessive "'s" (Shanghai's is Shanghai). */
    static List<String> words(String sentence) {
        String text = POSSESSIVE.matcher(Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_NAME_CHARACTER.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The text up to the end of its 60th word, so a pasted 5,000-character text is read no further than a long
     * question would be (possessive "'s" and the like count as words here, so at most 60 words are kept).
     */
    static String firstWordsOf(String text) {
        Matcher word = NAME_CHARACTERS.matcher(text);
        for (int count = 0; count < WORDS_READ_FOR_NAMES; count++) {
            if (!word.find()) {
                return text;
            }
        }
        return text.substring(0, word.end());
    }

    private static List<String> firstWords(List<String> words) {
        return words.size() > WORDS_READ_FOR_NAMES ? words.subList(0, WORDS_READ_FOR_NAMES) : words;
    }

    private Set<T> newKey(String key) {
        candidates.add(key);
        if (HAN.matcher(key).find()) {
            hanKeys.add(key);
        }
        return new LinkedHashSet<>();
    }

    private List<T> named(List<String> ngram) {
        // the words are already normalised, so the key needs only the trim: no second tokenising
        String key = keyOfWords(String.join(" ", ngram));
        if (key.isEmpty()) {
            return List.of();
        }
        Set<T> exact = byKey.get(key);
        if (exact != null) {
            return exact.size() == 1 ? List.copyOf(exact) : List.of();
        }
        if (key.length() < Math.max(shortestFuzzyName, SHORTEST_TYPO_IN_SENTENCE)) {
            return List.of();
        }
        return closest(key, SIMILAR_IN_SENTENCE, 1, value -> true).confident().map(List::of).orElse(List.of());
    }

    private List<T> namesInHan(String sentence) {
        List<T> found = new ArrayList<>();
        if (hanKeys.isEmpty() || !HAN.matcher(sentence).find()) {
            return found;
        }
        for (String key : hanKeys) {
            Set<T> values = byKey.get(key);
            if (values.size() == 1 && sentence.contains(key)) {
                found.addAll(values);
            }
        }
        return found;
    }

    /**
     * The names within {@code maxEdits} typos and at least {@code similar} alike, fewest typos first. Only the
     * names that could be that close are measured; they are visited in the order they were added, as a scan of
     * every name would, so ties are ordered as before.
     */
    private NameMatch<T> closest(String key, double similar, int maxEdits, Predicate<? super T> allowed) {
        LevenshteinDistance distance = new LevenshteinDistance(maxEdits);
        Map<T, Candidate> best = new LinkedHashMap<>();
        candidates.within(key, maxEdits).forEach(name -> {
            int edits = distance.apply(key, name);
            if (edits >= 0) {
                double score = JARO_WINKLER.apply(key, name);
                if (score >= similar) {
                    Candidate candidate = new Candidate(edits, score);
                    byKey.get(name).stream().filter(allowed)
                            .forEach(value -> best.merge(value, candidate, Candidate::better));
                }
            }
        });
        if (best.isEmpty()) {
            return NameMatch.none();
        }
        Candidate top = best.values().stream().min(Candidate.ORDER).orElseThrow();
        return new NameMatch<>(best.entrySet().stream()
                .filter(entry -> entry.getValue().edits() == top.edits())
                .sorted(Map.Entry.comparingByValue(Candidate.ORDER))
                .map(Map.Entry::getKey)
                .toList(), top.edits());
    }

    private String key(String name) {
        return keyOfWords(String.join(" ", words(name)));
    }

    private String keyOfWords(String words) {
        return trim.apply(words).replace(" ", "");
    }

    // one typo per so many letters, at most three: never so many that any name matches
    private int maxEdits(String key) {
        return Math.max(1, Math.min(3, (key.length() + 1) / lettersPerEdit));
    }

    private static boolean anyUsed(boolean[] used, int start, int size) {
        for (int i = start; i < start + size; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void markUsed(boolean[] used, int start, int size) {
        for (int i = start; i < start + size; i++) {
            used[i] = true;
        }
    }

    private record Candidate(int edits, double score) {

        static final Comparator<Candidate> ORDER =
                Comparator.comparingInt(Candidate::edits).thenComparing(Candidate::score, Comparator.reverseOrder());

        static Candidate better(Candidate one, Candidate other) {
            return ORDER.compare(one, other) <= 0 ? one : other;
        }
    }

    /**
     * The names that could be within k typos of a word, found by the letter pairs they share, never missing one.
     *
     * <p>Why it never misses: with a start and an end mark, a word of n letters has n + 1 letter pairs, and one typo
     * changes at most two of them, so a name within k typos shares at least n + 1 − 2k of the word's pairs (a
     * repeated pair counts once per repetition). Then of any 2k + 1 of the word's pairs, the name has at least one;
     * the 2k + 1 rarest pairs give the fewest names to measure. When n + 1 − 2k is not positive, no pair need be
     * shared and every name of a fitting length is a candidate.
     */
    private static final class TypoCandidates {

        private static final char START = '\u0002';
        private static final char END = '\u0003';
        private static final long SCRAMBLE = 0x9E3779B97F4A7C15L;

        private final List<String> names = new ArrayList<>();
        private int longestName;
        private final Map<Long, List<Integer>> namesWithPair = new HashMap<>();

        void add(String name) {
            int id = names.size();
            names.add(name);
            longestName = Math.max(longestName, name.length());
            for (long pair : pairs(name)) {
                namesWithPair.computeIfAbsent(pair, ignored -> new ArrayList<>()).add(id);
            }
        }

        /** Names whose length and letter pairs allow k typos or fewer, in the order they were added. */
        List<String> within(String word, int maxEdits) {
            // most word groups of a sentence are longer than any name: no need to look
            if (word.length() - maxEdits > longestName) {
                return List.of();
            }
            long[] pairs = pairs(word);
            int mustShare = pairs.length - 2 * maxEdits;
            BitSet ids = mustShare > 0 ? namesWithAnyOf(rarest(pairs, 2 * maxEdits + 1)) : everyName();
            List<String> found = new ArrayList<>();
            for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
                String name = names.get(id);
                // a name longer or shorter by more than k letters needs more than k typos
                if (Math.abs(name.length() - word.length()) <= maxEdits) {
                    found.add(name);
                }
            }
            return found;
        }

        // picks the few rarest by repeated minimum: a word has a few dozen pairs at most, so no sort is needed
        private long[] rarest(long[] pairs, int count) {
            int[] namesPerPair = new int[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                namesPerPair[i] = namesWithPair.getOrDefault(pairs[i], List.of()).size();
            }
            long[] rarest = new long[Math.min(count, pairs.length)];
            for (int picked = 0; picked < rarest.length; picked++) {
                int min = 0;
                for (int i = 1; i < pairs.length; i++) {
                    if (namesPerPair[i] < namesPerPair[min]) {
                        min = i;
                    }
                }
                rarest[picked] = pairs[min];
                namesPerPair[min] = Integer.MAX_VALUE;
            }
            return rarest;
        }

        private BitSet namesWithAnyOf(long[] pairs) {
            BitSet ids = new BitSet(names.size());
            for (long pair : pairs) {
                namesWithPair.getOrDefault(pair, List.of()).forEach(ids::set);
            }
            return ids;
        }

        private BitSet everyName() {
            BitSet ids = new BitSet(names.size());
            ids.set(0, names.size());
            return ids;
        }

        // each pair of neighbouring letters with how often it occurred before, so a repeated pair counts each time;
        // scrambled by an odd multiplier (one-to-one) because letter codes alone make poor hash codes
        private static long[] pairs(String word) {
            String marked = START + word + END;
            int[] raw = new int[marked.length() - 1];
            long[] pairs = new long[raw.length];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = marked.charAt(i) << 16 | marked.charAt(i + 1);
                pairs[i] = ((long) timesSeen(raw, i) << 32 | (raw[i] & 0xFFFFFFFFL)) * SCRAMBLE;
            }
            return pairs;
        }

        // names are short: counting back is cheaper than a map
        private static int timesSeen(int[] raw, int at) {
            int times = 0;
            for (int i = 0; i < at; i++) {
                if (raw[i] == raw[at]) {
                    times++;
                }
            }
            return times;
        }
    }
}
