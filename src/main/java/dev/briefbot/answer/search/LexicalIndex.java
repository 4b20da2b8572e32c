package dev.briefbot.answer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;


/**
 * Every entry of the library (proposals and statements, people, context entries) as a Lucene document in memory,
 * ranked by BM25 (Lucene's default). Topics weigh most, then the summary; the quotes, the person (name, roles,
 * organisation) and the region names (with aliases, Chinese names, a city's province) let "what did SenseTime's CEO
 * say" or "manufacturing Shandong" find their entry too.
 */
final class LexicalIndex {

    /** An entry, by its position in the snapshot's entries, and how well it matched. */
    record Hit(int entry, float score) {
    }

    /** The searched fields and their weight: a topic word says more than a word somewhere in a quote. */
    private static final Map<String, Float> FIELDS = fields();

    private static final String ORDINAL = "ordinal";
    private static final String REGIONS = "regions";

    /** Words removed from a passage leave at most this gap inside a phrase ("quality of drugs"). */
    private static final int PHRASE_SLOP = 2;

    private final int size;
    // one searcher for the index's life: IndexSearcher is thread-safe
    private final IndexSearcher searcher;
    // Lucene doc id to position in the entries, read once: a hit then costs no stored-field decompression
    private final int[] ordinals;
    /**
     * Every term of every searched field, with its statistics and place in the index read once: a query leaves out
     * terms no document has, and hands Lucene the rest already looked up, as the look-ups were most of its cost.
     * Read-only once built (TermStates made this way never load lazily), so threads share it safely.
     */
    private final Map<Term, TermStates> vocabulary;

    /** The analysed words of place names: a place in a question matches only entries tied to it. */
    private final java.util.Set<String> places;

    LexicalIndex(List<Entry> entries, java.util.Set<String> places) {
        this.size = entries.size();
        this.places = java.util.Set.copyOf(places);
        DirectoryReader reader = write(entries);
        this.searcher = new IndexSearcher(reader);
        // no query cache: the index is small and in memory, and tracking every query's use costs more than it saves
        this.searcher.setQueryCache(null);
        this.ordinals = ordinals(reader);
        this.vocabulary = vocabulary(searcher);
    }

    /**
     * The documents that match at least {@link TopicQuery#required()} of the question's concepts (or, not strict, any
     * one of them), one of them not weak, best first.
     */
    List<Hit> search(TopicQuery topic, int limit, boolean strict) {
        if (topic.isEmpty() || topic.strong().isEmpty() || size == 0) {
            return List.of();
        }
        try {
            return query(topic, strict).map(query -> hits(query, limit)).orElse(List.of());
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of(); // a flood of synonyms is no topic: answer nothing rather than fail
        }
    }

    private List<Hit> hits(Query query, int limit) {
        try {
            ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : docs) {
                hits.add(new Hit(ordinals[doc.doc], doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query, or none when no document can match: fewer concepts than required, or no strong one, have a term
     * in the index (a miss such as "quantum knitting" then costs no search at all).
     */
    private Optional<Query> query(TopicQuery topic, boolean strict) {
        Map<TopicQuery.Concept, Query> inIndex = new LinkedHashMap<>();
        topic.concepts().forEach(concept -> concept(concept).ifPresent(query -> inIndex.put(concept, query)));
        List<TopicQuery.Concept> strong = topic.strong();
        List<Query> strongInIndex = strong.stream().map(inIndex::get).filter(Objects::nonNull).toList();
        int required = strict ? topic.required() : 1;
        if (inIndex.size() < required || strongInIndex.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        inIndex.values().forEach(query -> matches.add(query, Occur.SHOULD));
        matches.setMinimumNumberShouldMatch(required);
        if (strong.size() < topic.concepts().size()) {
            matches.add(anyOf(strongInIndex), Occur.FILTER);
        }
        return Optional.of(matches.build());
    }

    /**
     * One strong concept at least, as a filter; only needed beside a weak concept: when every concept is strong,
     * matching any of them already satisfies it, and the same terms need not be looked up twice.
     */
    private static Query anyOf(List<Query> strong) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        strong.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }

    /**
     * One concept in any field: the best field counts, the others add a little (dismax with a tie-breaker). None
     * when no field has any of its terms: it cannot match.
     */
    private Optional<Query> concept(TopicQuery.Concept concept) {
        List<Query> perField = new ArrayList<>();
        // "Tianjin" asks for what is tied to Tianjin, not for a quote that names it in passing
        boolean place = concept.alternatives().stream().flatMap(List::stream).allMatch(places::contains);
        FIELDS.forEach((field, boost) -> {
            if (!place || field.equals(REGIONS)) {
                inField(field, concept).ifPresent(query -> perField.add(new BoostQuery(query, boost)));
            }
        });
        return perField.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(perField, 0.1f));
    }

    /**
     * Single-term synonyms blend as one term (SynonymQuery); a multi-word synonym is a phrase. Terms and phrases
     * the field lacks are left out: they match nothing and, in a SynonymQuery, add nothing to the statistics.
     */
    private Optional<Query> inField(String field, TopicQuery.Concept concept) {
        BooleanQuery.Builder anyWay = new BooleanQuery.Builder();
        List<Term> singles = new ArrayList<>();
        boolean hasPhrase = false;
        for (List<String> alternative : concept.alternatives()) {
            List<Term> terms = alternative.stream().map(text -> new Term(field, text)).toList();
            if (!terms.stream().allMatch(vocabulary::containsKey)) {
                continue;
            }
            if (terms.size() == 1) {
                singles.add(terms.get(0));
            } else {
                anyWay.add(new PhraseQuery(PHRASE_SLOP, field, alternative.toArray(String[]::new)), Occur.SHOULD);
                hasPhrase = true;
            }
        }
        if (!singles.isEmpty()) {
            anyWay.add(anyOfTerms(field, singles), Occur.SHOULD);
        }
        return singles.isEmpty() && !hasPhrase ? Optional.empty() : Optional.of(anyWay.build());
    }

    /**
     * The one-word ways of saying a concept: several blend as a SynonymQuery; one alone is the TermQuery Lucene
     * would rewrite a one-term SynonymQuery to, here with its look-up already made.
     */
    private Query anyOfTerms(String field, List<Term> terms) {
        if (terms.size() == 1) {
            return new TermQuery(terms.get(0), vocabulary.get(terms.get(0)));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        terms.forEach(synonyms::addTerm);
        return synonyms.build();
    }

    private static Map<Term, TermStates> vocabulary(IndexSearcher searcher) {
        Map<Term, TermStates> vocabulary = new HashMap<>();
        IndexReaderContext top = searcher.getTopReaderContext();
        try {
            for (LeafReaderContext leaf : top.leaves()) {
                for (String field : FIELDS.keySet()) {
                    addTerms(leaf, field, top, vocabulary);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(vocabulary);
    }

    /** Every term of one field in one segment, summed into the index-wide statistics as Lucene's look-up does. */
    private static void addTerms(LeafReaderContext leaf, String field, IndexReaderContext top,
                                 Map<Term, TermStates> vocabulary) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            vocabulary.computeIfAbsent(new Term(field, BytesRef.deepCopyOf(term)), key -> new TermStates(top))
                    .register(each.termState(), leaf.ord, each.docFreq(), each.totalTermFreq());
        }
    }

    /** Does any field hold this analysed term? */
    boolean knows(String term) {
        return FIELDS.keySet().stream().anyMatch(field -> vocabulary.containsKey(new Term(field, term)));
    }

    private static DirectoryReader write(List<Entry> entries) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (Analyzer analyzer = SearchAnalyzer.forIndex();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int ordinal = 0; ordinal < entries.size(); ordinal++) {
                writer.addDocument(document(ordinal, entries.get(ordinal)));
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] ordinals(DirectoryReader reader) {
        try {
            StoredFields stored = reader.storedFields();
            int[] ordinals = new int[reader.maxDoc()];
            for (int doc = 0; doc < ordinals.length; doc++) {
                ordinals[doc] = stored.document(doc).getField(ORDINAL).numericValue().intValue();
            }
            return ordinals;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(int ordinal, Entry entry) {
        Document document = new Document();
        document.add(new StoredField(ORDINAL, ordinal));
        entry.fields().forEach(field -> document.add(new TextField(field.name(), field.text(), Field.Store.NO)));
        return document;
    }

    private static void text(Document document, String field, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static Map<String, Float> fields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("topics", 3.0f);
        fields.put("summary", 1.5f);
        fields.put("quotes", 1.0f);
        fields.put("person", 1.0f);
        fields.put("regions", 1.0f);
        return fields;
    }
}
