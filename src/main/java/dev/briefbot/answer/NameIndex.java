package dev.briefbot.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names of things, matched exactly first and then by similarity, so "shenzen" or "Wu Wenyen" still find what was
 * meant. Names compare without case, punctuation or spaces ("guang dong" is "Guangdong", "Hongkong" is "Hong Kong").
 */
final class NameIndex<T> {

    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int LONGEST_NAME_IN_WORDS = 5;
    private static final int SHORTEST_TYPO_IN_SENTENCE = 6;
    private static final double SIMILAR = 0.88;
    private static final double SIMILAR_IN_SENTENCE = 0.93;

    private final UnaryOperator<String> trim;
    private final int shortestFuzzyName;
    private final int lettersPerEdit;
    private final Map<String, Set<T>> byKey = new LinkedHashMap<>();

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
            byKey.computeIfAbsent(key, ignored -> new LinkedHashSet<>()).add(value);
        }
    }

    /** The thing a whole name means: exact first, then the closest by edits when nothing is exact. */
    NameMatch<T> match(String name) {
        String key = key(name == null ? "" : name);
        if (key.isEmpty()) {
            return NameMatch.none();
        }
        Set<T> exact = byKey.get(key);
        if (exact != null) {
            return NameMatch.exactly(List.copyOf(exact));
        }
        return key.length() < shortestFuzzyName ? NameMatch.none() : closest(key, SIMILAR, maxEdits(key));
    }

    /** Things named inside a sentence, in reading order: word n-grams exactly, long ones also with one typo. */
    List<T> findIn(String sentence) {
        List<String> words = words(sentence);
        List<T> found = new ArrayList<>(namesInHan(sentence));
        boolean[] used = new boolean[words.size()];
        for (int size = Math.min(LONGEST_NAME_IN_WORDS, words.size()); size >= 1; size--) {
            for (int start = 0; start + size <= words.size(); start++) {
                if (!anyUsed(used, start, size)) {
                    List<T> named = named(String.join(" ", words.subList(start, start + size)));
                    if (!named.isEmpty()) {
                        markUsed(used, start, size);
                        named.stream().filter(value -> !found.contains(value)).forEach(found::add);
                    }
                }
            }
        }
        return found;
    }

    /** Words of a sentence, lowercase, without possessive "'s" (Shanghai's is Shanghai). */
    static List<String> words(String sentence) {
        String text = Normalizer.normalize(sentence, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "");
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_NAME_CHARACTER.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private List<T> named(String words) {
        String key = key(words);
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
        return closest(key, SIMILAR_IN_SENTENCE, 1).confident().map(List::of).orElse(List.of());
    }

    private List<T> namesInHan(String sentence) {
        List<T> found = new ArrayList<>();
        byKey.forEach((key, values) -> {
            if (values.size() == 1 && HAN.matcher(key).find() && sentence.contains(key)) {
                found.addAll(values);
            }
        });
        return found;
    }

    private NameMatch<T> closest(String key, double similar, int maxEdits) {
        JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
        LevenshteinDistance distance = new LevenshteinDistance(maxEdits);
        Map<T, Candidate> best = new LinkedHashMap<>();
        byKey.forEach((name, values) -> {
            int edits = distance.apply(key, name);
            double score = similarity.apply(key, name);
            if (edits >= 0 && score >= similar) {
                Candidate candidate = new Candidate(edits, score);
                values.forEach(value -> best.merge(value, candidate, Candidate::better));
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
        String words = String.join(" ", words(name));
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
}
