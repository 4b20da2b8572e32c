package dev.briefbot.answer.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.lucene.analysis.Analyzer;

import dev.briefbot.answer.Facts;

/**
 * The search of one library snapshot: "which entries answer this question, and does the library answer it at all?"
 *
 * <p>One path, in this order: typos corrected against the library's words ({@link Spelling}); the question's concepts
 * (question words out, synonyms in) matched by BM25 ({@link LexicalIndex}); its sentence embedding compared with
 * every entry's ({@link MeaningIndex}); the two rankings fused by reciprocal rank; and the calibrated decision
 * ({@link Calibration}). Questions in Chinese are mapped to English first by {@link #glossary()} — the caller does
 * that, so that its own parse reads the same English.
 *
 * <p>The vectors are computed once per snapshot, in the background from construction on (cached by text, so a reload
 * embeds only new texts): the first search waits for them; nothing else does. A missing model fails the search, and
 * there is no search without it.
 *
 * <p>Thread-safe and immutable once built.
 */
public final class Search {

    /** At most this many matches: a longer list is a different, weaker answer. */
    public static final int MAX_MATCHES = 5;

    /** Longer input is cut: a question is a few words, and this bounds the work on hostile input. */
    static final int MAX_CHARS = TopicQuery.MAX_CHARS;

    /** Reciprocal rank fusion's constant, as in Cormack et al. (2009): ranks past the first few weigh alike. */
    private static final int RRF_K = 60;
    private static final int LEXICAL_DEPTH = 20;
    private static final float BM25_RATIO = 0.5f;
    /**
     * At most this many words of a question are checked for coverage (a real question has a few; past this it is a
     * pasted text, and each word costs an embedding).
     */
    private static final int MAX_TOPICAL_WORDS = 8;

    /** The cosine of an entry that may not answer the question (it is not about the place the question names). */
    private static final float EXCLUDED = Float.NEGATIVE_INFINITY;

    /** The entries whose words may cover a question's words the library lacks. */
    private static final int COVERING_ENTRIES = 3;

    /** The entries' words are embedded in the background this many at a time (a few milliseconds), between searches. */
    private static final int WORDS_AT_ONCE = 4;

    private final List<Entry> entries;
    private final int proposals;
    private final LexicalIndex lexical;
    // thread-safe and reused: an Analyzer keeps one token stream per thread, built from the one synonym map
    private final Analyzer questions;
    private final Glossary glossary;
    private final Places places;
    private final Calibration calibration;
    private final SentenceEmbeddings embeddings;
    private final CompletableFuture<Meaning> meaning;
    /** The vectors of every entry's words, which coverage compares a question's words with: made after the rest. */
    private final CompletableFuture<Void> wordVectors = new CompletableFuture<>();
    /** Searches under way, which the background embedding of the entries' words gives way to. */
    private final java.util.concurrent.atomic.AtomicInteger searching = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<Integer, List<String>> entryWords = new java.util.concurrent.ConcurrentHashMap<>();

    /** What needs the model: the vectors, and the spelling (which asks the model's vocabulary what is a word). */
    private record Meaning(MeaningIndex index, Spelling spelling) {
    }

    public Search(Facts facts) {
        this(facts, SentenceEmbeddings.shared(), Calibration.TUNED);
    }

    Search(Facts facts, SentenceEmbeddings embeddings, Calibration calibration) {
        this.entries = Entry.of(facts);
        this.proposals = facts.proposals().size();
        this.lexical = new LexicalIndex(entries, SearchAnalyzer.indexTerms(placeNames(facts)));
        this.questions = SearchAnalyzer.forQuery(SearchAnalyzer.synonyms(facts.library().synonyms()));
        this.glossary = Glossary.of(facts.library().glossary(), facts.gazetteer(),
                facts.people().stream().map(Facts.PersonFact::person).toList());
        this.places = new Places(facts.gazetteer(), entries);
        this.calibration = calibration;
        this.embeddings = embeddings;
        Set<String> words = new java.util.HashSet<>(Spelling.wordsOf(texts(entries, facts.library().synonyms())));
        words.addAll(SearchAnalyzer.questionWords());
        // names forgive typos on their own (NameIndex): "Hefei" is a city, never a typo of "Hebei", and "guang", a
        // name being typed, is not a typo of Liu Gang
        List<String> names = new ArrayList<>(placeNames(facts));
        facts.people().forEach(person -> names.add(person.person().name()));
        Set<String> nameWords = Spelling.wordsOf(names);
        // a thread of its own, not the common pool: on 2 cores that pool has one thread, which others may need
        CompletableFuture<Meaning> made = new CompletableFuture<>();
        this.meaning = made;
        Thread vectors = new Thread(() -> {
            try {
                made.complete(new Meaning(MeaningIndex.of(entries, embeddings),
                        new Spelling(words, nameWords, embeddings.model().tokenizer())));
            } catch (RuntimeException | Error e) {
                made.completeExceptionally(e);
                wordVectors.completeExceptionally(e);
                return;
            }
            // then the entries' words, once per snapshot, so that no question embeds them (nor rewrites the cache
            // file for them). The first question does not wait for this, and a few words at a time, it waits for
            // the questions: on 2 cores it must not slow the first answer down
            try {
                List<String> all = new ArrayList<>(new LinkedHashSet<>(
                        java.util.stream.IntStream.range(0, entries.size()).boxed()
                                .flatMap(i -> wordsOf(i).stream()).toList()));
                for (int from = 0; from < all.size(); from += WORDS_AT_ONCE) {
                    while (searching.get() > 0) {
                        Thread.sleep(10);
                    }
                    embeddings.texts(all.subList(from, Math.min(all.size(), from + WORDS_AT_ONCE)), false);
                }
                embeddings.persist();
                wordVectors.complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                wordVectors.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                wordVectors.completeExceptionally(e);
            }
        }, "search-vectors");
        vectors.setDaemon(true);
        vectors.start();
    }

    /** Chinese to English, for the caller's parse and for this search: 谁提到了机器人？ → "who mentioned robots?". */
    public Glossary glossary() {
        return glossary;
    }

    /**
     * Waits until the vectors are made, the entries' words' too (which questions never wait for); for tests and
     * benchmarks, so that a broken model stops them rather than a question and nothing is embedded while measuring.
     */
    public Search ready() {
        meaning();
        try {
            wordVectors.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return this;
    }

    /** The English question without the places it names, for "not there, but elsewhere". */
    public String withoutPlaces(String english) {
        return english == null ? "" : places.without(english);
    }

    /**
     * The search's matches that are close in meaning (a cosine of at least the calibration's {@code meaning}), for a
     * second guess such as "not there, but elsewhere": it must not rest on a shared word or a synonym alone, which
     * the first answer's other evidence (the place) no longer backs.
     */
    public SearchResult searchClosely(String english) {
        searching.incrementAndGet();
        try {
            Reading reading = read(english);
            SearchResult result = reading.result();
            List<Match> close = result.matches().stream().filter(match -> reading.close(match)).toList();
            return close.isEmpty() ? SearchResult.nothing(result.unknownTerms())
                    : new SearchResult(close, true, result.broad(), result.unknownTerms());
        } finally {
            searching.decrementAndGet();
        }
    }

    /** The entries that answer the English question, best first, and whether the briefs answer it at all. */
    public SearchResult search(String english) {
        searching.incrementAndGet();
        try {
            Reading reading = read(english);
            return reading.result();
        } finally {
            searching.decrementAndGet();
        }
    }

    /** Everything the decision looked at, for the development set's report. */
    Reading read(String english) {
        String bounded = english == null ? "" : english.substring(0, Math.min(english.length(), MAX_CHARS));
        Meaning ready = meaning();
        String corrected = ready.spelling().correct(bounded);
        TopicQuery topic = TopicQuery.parse(questions, corrected);
        List<SearchAnalyzer.Word> words = SearchAnalyzer.contentWords(corrected);
        List<String> unknown = new ArrayList<>(Glossary.chineseWords(corrected));
        words.stream().filter(word -> !word.generic() && !Glossary.hasChinese(word.surface()) && !known(word.surface()))
                .map(SearchAnalyzer.Word::surface).forEach(unknown::add);
        boolean onlyGeneric = !words.isEmpty() && words.stream().allMatch(SearchAnalyzer.Word::generic);
        List<LexicalIndex.Hit> strict = lexical.search(topic, LEXICAL_DEPTH, true);
        float[] similarity = words.isEmpty() ? new float[entries.size()]
                : ready.index().similarities(embeddings.question(SearchAnalyzer.withoutGenericWords(corrected)));
        // a place is a name, not a meaning: only the entries about the places the question names may answer it
        java.util.BitSet about = places.about(places.named(corrected));
        if (about != null) {
            for (int i = 0; i < similarity.length; i++) {
                if (!about.get(i)) {
                    similarity[i] = EXCLUDED;
                }
            }
            strict = strict.stream().filter(hit -> about.get(hit.entry())).toList();
        }
        // the place's own words are not topical: the place rule has read them
        List<SearchAnalyzer.Word> unplaced = about == null ? words
                : SearchAnalyzer.contentWords(places.without(corrected));
        List<String> topical = unplaced.stream()
                .filter(word -> !word.generic() && !word.function() && !Glossary.hasChinese(word.surface())
                        && !known(word.surface()))
                .map(SearchAnalyzer.Word::surface)
                .limit(MAX_TOPICAL_WORDS)
                .toList();
        java.util.function.Supplier<Map<String, Covered>> coverage = () -> {
            Map<String, Covered> covered = coverage(topical, similarity, ready.spelling());
            // Chinese the glossary could not read: the question asks about something this search cannot see
            Glossary.chineseWords(corrected).forEach(word -> covered.put(word, Covered.NOTHING));
            return covered;
        };
        return new Reading(corrected, strict, similarity, unknown, onlyGeneric, coverage);
    }

    /**
     * How well the entries closest in meaning cover each topical word the library lacks: the best cosine of the
     * word's vector with a word of one of those entries ("grandma" is covered by "elderly"; "blockchain" by nothing).
     */
    private Map<String, Covered> coverage(List<String> topical, float[] similarity, Spelling spelling) {
        Map<String, Covered> coverage = new java.util.LinkedHashMap<>();
        if (topical.isEmpty()) {
            return coverage;
        }
        List<String> entryWords = closestEntries(similarity, COVERING_ENTRIES).stream()
                .flatMap(i -> wordsOf(i).stream()).distinct().toList();
        // made in the background once per snapshot (wordVectors()); until then a word is embedded here, but the cache
        // file is not rewritten for it on the question's time
        List<float[]> wordVectors = embeddings.texts(entryWords, false);
        // the question's own words are not cached: a stream of random words must not grow the cache
        List<float[]> asked = embeddings.model().embedTogether(topical);
        for (int q = 0; q < topical.size(); q++) {
            double best = -1;
            for (float[] vector : wordVectors) {
                best = Math.max(best, org.apache.lucene.util.VectorUtil.dotProduct(asked.get(q), vector));
            }
            coverage.put(topical.get(q), new Covered(best, spelling.rank(topical.get(q))));
        }
        return coverage;
    }

    /** An entry's topical words, as typed in its texts, lower case. */
    private List<String> wordsOf(int entry) {
        return entryWords.computeIfAbsent(entry, key -> entries.get(key).fields().stream()
                .flatMap(field -> SearchAnalyzer.contentWords(field.text()).stream())
                .filter(word -> !word.function())
                .map(SearchAnalyzer.Word::surface).distinct().toList());
    }

    /** How close a word of the question comes to the closest entries' words, and how common it is in English. */
    record Covered(double cosine, int rank) {

        static final Covered NOTHING = new Covered(-1, Integer.MAX_VALUE);
    }

    /** What one question looked like to the search, and the decision taken from it. */
    final class Reading {

        final String corrected;
        final List<LexicalIndex.Hit> strict;
        final float[] similarity;
        final List<String> unknown;
        final boolean onlyGeneric;
        private final java.util.function.Supplier<Map<String, Covered>> covering;
        private Map<String, Covered> coverage;

        Reading(String corrected, List<LexicalIndex.Hit> strict, float[] similarity, List<String> unknown,
                boolean onlyGeneric, java.util.function.Supplier<Map<String, Covered>> covering) {
            this.corrected = corrected;
            this.strict = strict;
            this.similarity = similarity;
            this.unknown = unknown;
            this.onlyGeneric = onlyGeneric;
            this.covering = covering;
        }

        /** Computed only when an entry could answer: each uncovered word costs part of a model run. */
        Map<String, Covered> coverage() {
            if (coverage == null) {
                coverage = covering.get();
            }
            return coverage;
        }

        /**
         * The topical words no close entry covers, at least as rare as {@code rare}: the question asks about
         * something the briefs lack.
         */
        List<String> uncovered(Calibration calibration, int rare) {
            return coverage().entrySet().stream()
                    .filter(entry -> entry.getValue().cosine() < calibration.cover() && entry.getValue().rank() >= rare)
                    .map(Map.Entry::getKey).toList();
        }

        /** Is the match's entry at least as close in meaning as the calibration's {@code meaning}? */
        boolean close(Match match) {
            Object fact = match instanceof Match.Proposal proposal ? proposal.fact()
                    : match instanceof Match.Person person ? person.fact() : ((Match.Context) match).fact();
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).fact() == fact) {
                    return similarity[i] >= calibration.meaning();
                }
            }
            return false;
        }

        /** The entry the meaning ranks first, or -1. */
        int closest() {
            int best = -1;
            for (int i = 0; i < similarity.length; i++) {
                if (best < 0 || similarity[i] > similarity[best]) {
                    best = i;
                }
            }
            return best;
        }

        /** The strict BM25 hits within half the best score, as far as their meaning supports them. */
        private Set<Integer> lexicalHits(Calibration calibration) {
            Set<Integer> hits = new LinkedHashSet<>();
            float floor = strict.isEmpty() ? 0 : strict.get(0).score() * BM25_RATIO;
            strict.stream().filter(hit -> hit.score() >= floor && similarity[hit.entry()] >= calibration.support())
                    .forEach(hit -> hits.add(hit.entry()));
            return hits;
        }

        /** The entries that may be shown: close in meaning, or matched by words and not far in meaning. */
        List<Integer> supported(Calibration calibration) {
            // as before the meaning came: a BM25 hit under half the best is a different, weaker answer
            Set<Integer> lexicallyMatched = new LinkedHashSet<>();
            float floor = strict.isEmpty() ? 0 : strict.get(0).score() * BM25_RATIO;
            strict.stream().filter(hit -> hit.score() >= floor).forEach(hit -> lexicallyMatched.add(hit.entry()));
            List<Integer> close = new ArrayList<>();
            List<Integer> matched = new ArrayList<>();
            for (int i = 0; i < similarity.length; i++) {
                if (similarity[i] >= calibration.meaning()) {
                    close.add(i);
                }
                if (lexicallyMatched.contains(i) && similarity[i] >= calibration.support()) {
                    matched.add(i);
                }
            }
            boolean byMeaning = !close.isEmpty() && uncovered(calibration, calibration.rare()).isEmpty();
            boolean byWords = !matched.isEmpty() && uncovered(calibration, calibration.rareWithWords()).isEmpty();
            Set<Integer> supported = new LinkedHashSet<>();
            if (byMeaning) {
                supported.addAll(close);
            }
            if (byWords) {
                supported.addAll(matched);
            }
            return new ArrayList<>(supported);
        }

        SearchResult result() {
            return result(calibration);
        }

        SearchResult result(Calibration calibration) {
            if (onlyGeneric) {
                return new SearchResult(broadest(), true, true, unknown);
            }
            List<Integer> supported = supported(calibration);
            if (supported.isEmpty()) {
                return SearchResult.nothing(unknown);
            }
            Map<Integer, Double> fused = fuse();
            double best = supported.stream().mapToDouble(i -> similarity[i]).max().orElse(0);
            // neighbours only beside an answer by meaning: an entry found by its words alone brings no one else
            double floor = best >= calibration.meaning()
                    ? Math.max(calibration.neighbour(), best - calibration.spread()) : Double.POSITIVE_INFINITY;
            // far below the best in meaning, only a match of the words keeps an entry: it answers less of the question
            double near = best >= calibration.meaning() ? best - calibration.spread() : Double.NEGATIVE_INFINITY;
            Set<Integer> byWords = lexicalHits(calibration);
            List<Match> matches = fused.entrySet().stream()
                    .filter(entry -> supported.contains(entry.getKey()) && (similarity[entry.getKey()] >= near
                            || byWords.contains(entry.getKey())) || similarity[entry.getKey()] >= floor)
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                    .limit(MAX_MATCHES)
                    .map(entry -> entries.get(entry.getKey()).match(entry.getValue()))
                    .toList();
            long close = 0;
            for (int i = 0; i < proposals; i++) {
                if (similarity[i] >= calibration.meaning()) {
                    close++;
                }
            }
            boolean broad = proposals > 0 && close >= calibration.broad() * proposals && proposals > MAX_MATCHES;
            return new SearchResult(matches, true, broad, unknown);
        }

        /** Reciprocal rank fusion of the BM25 ranking and the meaning ranking. */
        private Map<Integer, Double> fuse() {
            Map<Integer, Double> fused = new HashMap<>();
            for (int rank = 0; rank < strict.size(); rank++) {
                fused.merge(strict.get(rank).entry(), 1.0 / (RRF_K + rank + 1), Double::sum);
            }
            List<Integer> byMeaning = byMeaning();
            for (int rank = 0; rank < byMeaning.size(); rank++) {
                fused.merge(byMeaning.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
            }
            return fused;
        }

        private List<Integer> byMeaning() {
            return closestEntries(similarity, LEXICAL_DEPTH);
        }

        /** "Who talked about AI?": the proposals closest in meaning, the few best. */
        private List<Match> broadest() {
            return byMeaning().stream().filter(i -> i < proposals).limit(MAX_MATCHES)
                    .map(i -> entries.get(i).match(similarity[i])).toList();
        }
    }

    /**
     * The {@code k} entries closest in meaning, closest first, an earlier entry first among equals (as a stable sort
     * of them all would give), without sorting them all: at 1,000 briefs there are about 18,000. An excluded entry is
     * never among them.
     */
    static List<Integer> closestEntries(float[] similarity, int k) {
        int[] top = new int[Math.max(0, Math.min(k, similarity.length))];
        int size = 0;
        if (top.length == 0) {
            return List.of();
        }
        for (int i = 0; i < similarity.length; i++) {
            if (similarity[i] == EXCLUDED
                    || size == top.length && !(similarity[i] > similarity[top[size - 1]])) {
                continue;
            }
            // insert after every kept entry at least as close: ties keep their order
            int at = size == top.length ? size - 1 : size;
            while (at > 0 && similarity[top[at - 1]] < similarity[i]) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
            if (size < top.length) {
                size++;
            }
        }
        List<Integer> closest = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            closest.add(top[j]);
        }
        return closest;
    }

    /** The entries' cosines with a text, for the development set's report. */
    float[] similaritiesOf(String text) {
        return meaning().index().similarities(embeddings.question(text));
    }

    List<Entry> entries() {
        return entries;
    }

    /** Does the library mention the word, directly or through a synonym? */
    private boolean known(String word) {
        TopicQuery alone = TopicQuery.parse(questions, word);
        return alone.concepts().stream().flatMap(concept -> concept.alternatives().stream())
                .anyMatch(alternative -> alternative.stream().allMatch(lexical::knows));
    }

    private Meaning meaning() {
        try {
            return meaning.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static List<String> placeNames(Facts facts) {
        List<String> names = new ArrayList<>();
        facts.gazetteer().regions().forEach(region -> {
            names.add(region.name());
            names.addAll(region.aliases());
        });
        return names;
    }

    private static List<String> texts(List<Entry> entries, String synonyms) {
        List<String> texts = new ArrayList<>();
        entries.forEach(entry -> entry.fields().forEach(field -> texts.add(field.text())));
        for (String line : (synonyms == null ? "" : synonyms).split("\\R")) {
            if (!line.strip().startsWith("#")) {
                texts.add(line);
            }
        }
        return texts;
    }
}
