package dev.briefbot.answer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * What a question asks about, as the analysed concepts it names: "old people robots" is two concepts, {elderly} and
 * {robot}; a concept holds every way of saying it (its synonyms, each one term or a phrase of terms).
 *
 * @param concepts at most {@link #MAX_CONCEPTS}, in the order the question names them
 */
record TopicQuery(List<Concept> concepts) {

    /** Beyond this many concepts a text is not a topic; the cap also keeps Lucene under its clause limit. */
    static final int MAX_CONCEPTS = 12;

    /** Longer input is cut before analysis: a topic is a few words, and this bounds the work on hostile input. */
    static final int MAX_CHARS = 500;

    /**
     * One thing the question names, in all its synonyms.
     *
     * @param alternatives each a term or a phrase of terms, stemmed as the index is
     */
    record Concept(List<List<String>> alternatives) {

        /** A generic word (research, policy) counts in the question but cannot carry it alone. */
        boolean weak() {
            return alternatives.stream().flatMap(List::stream).allMatch(SearchAnalyzer::isWeak);
        }
    }

    TopicQuery {
        concepts = List.copyOf(concepts);
    }

    static TopicQuery parse(Analyzer analyzer, String text) {
        String bounded = text == null ? "" : text.substring(0, Math.min(text.length(), MAX_CHARS));
        try (CachingTokenFilter stream = new CachingTokenFilter(analyzer.tokenStream("topic", bounded))) {
            if (!hasTokens(stream)) {
                return new TopicQuery(List.of());
            }
            return new TopicQuery(concepts(new GraphTokenStreamFiniteStrings(stream)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isEmpty() {
        return concepts.isEmpty();
    }

    /**
     * How many concepts a document must match to answer the question: all of one or two ("housing prices" is not
     * answered by a passage on prices), 60% of three or more ("who proposed research on elderly care").
     */
    int required() {
        int size = concepts.size();
        return size <= 2 ? size : (int) Math.ceil(size * 0.6);
    }

    List<Concept> strong() {
        return concepts.stream().filter(concept -> !concept.weak()).toList();
    }

    /** Lucene's token graph cannot be built from no tokens: a question of only question words has none. */
    private static boolean hasTokens(CachingTokenFilter stream) throws IOException {
        stream.reset();
        boolean any = stream.incrementToken();
        while (stream.incrementToken()) {
            // caches the rest, so the graph reads the whole question again from the start
        }
        stream.end();
        return any;
    }

    /**
     * Splits the token graph at its articulation points, as Lucene's QueryBuilder does: one segment, one concept.
     * A one-word synonym with a longer output ("TCM" → traditional Chinese medicine) comes out as a chain of
     * segments with the offsets of that one word: they are joined back into one concept, a phrase.
     */
    private static List<Concept> concepts(GraphTokenStreamFiniteStrings graph) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        int[] points = graph.articulationPoints();
        int start = 0;
        String lastOrigin = null;
        for (int i = 0; i <= points.length; i++) {
            int end = i < points.length ? points[i] : -1;
            if (graph.hasSidePath(start)) {
                add(concepts, new Concept(paths(graph.getFiniteStrings(start, end))));
                lastOrigin = null;
            } else {
                List<AttributeSource> tokens = graph.getTerms(start);
                String origin = tokens.size() == 1 ? origin(tokens.get(0)) : null;
                if (origin != null && origin.equals(lastOrigin)) {
                    extendLast(concepts, term(tokens.get(0)));
                } else {
                    add(concepts, new Concept(tokens.stream().map(token -> List.of(term(token))).toList()));
                }
                lastOrigin = origin;
            }
            start = end;
        }
        return concepts.stream().distinct().limit(MAX_CONCEPTS).toList();
    }

    private static void add(List<Concept> concepts, Concept concept) {
        if (!concept.alternatives().isEmpty()) {
            concepts.add(concept);
        }
    }

    private static void extendLast(List<Concept> concepts, String term) {
        List<String> phrase = new ArrayList<>(concepts.get(concepts.size() - 1).alternatives().get(0));
        phrase.add(term);
        concepts.set(concepts.size() - 1, new Concept(List.of(phrase)));
    }

    /** Where in the question a token comes from: tokens a synonym made from one word share it. */
    private static String origin(AttributeSource token) {
        OffsetAttribute offsets = token.getAttribute(OffsetAttribute.class);
        return offsets.startOffset() + ":" + offsets.endOffset();
    }

    private static String term(AttributeSource token) {
        return token.getAttribute(CharTermAttribute.class).toString();
    }

    private static List<List<String>> paths(Iterator<TokenStream> paths) throws IOException {
        List<List<String>> alternatives = new ArrayList<>();
        while (paths.hasNext()) {
            List<String> terms = termsOf(paths.next());
            if (!terms.isEmpty()) {
                alternatives.add(terms);
            }
        }
        return alternatives;
    }

    private static List<String> termsOf(TokenStream path) throws IOException {
        List<String> terms = new ArrayList<>();
        CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
        path.reset();
        while (path.incrementToken()) {
            terms.add(term.toString());
        }
        path.end();
        path.close();
        return terms;
    }
}
