package dev.briefbot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
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

import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Region;

/**
 * Every proposal and statement of the library as a Lucene document in memory, ranked by BM25 (Lucene's default).
 * Topics weigh most, then the summary; the quotes, the person (name, roles, organisation) and the region names
 * (with aliases, Chinese names, a city's province) let "what did SenseTime's CEO say" or "manufacturing Shandong"
 * find their entry too.
 */
final class ProposalIndex {

    /** A proposal and how well it matched. */
    record Hit(ProposalFact fact, float score) {
    }

    /** The searched fields and their weight: a topic word says more than a word somewhere in a quote. */
    private static final Map<String, Float> FIELDS = fields();

    private static final String ORDINAL = "ordinal";

    /** Words removed from a passage leave at most this gap inside a phrase ("quality of drugs"). */
    private static final int PHRASE_SLOP = 2;

    private final List<ProposalFact> facts;
    private final IndexSearcher searcher;

    ProposalIndex(List<ProposalFact> facts, Gazetteer gazetteer) {
        this.facts = List.copyOf(facts);
        this.searcher = new IndexSearcher(write(this.facts, gazetteer));
    }

    /**
     * The documents that match at least {@link TopicQuery#required()} of the question's concepts, one of them not
     * weak, best first.
     */
    List<Hit> search(TopicQuery topic, int limit) {
        if (topic.isEmpty() || topic.strong().isEmpty() || facts.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] docs = searcher.search(query(topic), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : docs) {
                int ordinal = stored.document(doc.doc).getField(ORDINAL).numericValue().intValue();
                hits.add(new Hit(facts.get(ordinal), doc.score));
            }
            return hits;
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of(); // a flood of synonyms is no topic: answer nothing rather than fail
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query query(TopicQuery topic) {
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        topic.concepts().forEach(concept -> matches.add(concept(concept), Occur.SHOULD));
        matches.setMinimumNumberShouldMatch(topic.required());
        BooleanQuery.Builder strong = new BooleanQuery.Builder();
        topic.strong().forEach(concept -> strong.add(concept(concept), Occur.SHOULD));
        matches.add(strong.build(), Occur.FILTER);
        return matches.build();
    }

    /** One concept in any field: the best field counts, the others add a little (dismax with a tie-breaker). */
    private static Query concept(TopicQuery.Concept concept) {
        List<Query> perField = new ArrayList<>();
        FIELDS.forEach((field, boost) -> perField.add(new BoostQuery(inField(field, concept), boost)));
        return new DisjunctionMaxQuery(perField, 0.1f);
    }

    /** Single-term synonyms blend as one term (SynonymQuery); a multi-word synonym is a phrase. */
    private static Query inField(String field, TopicQuery.Concept concept) {
        BooleanQuery.Builder anyWay = new BooleanQuery.Builder();
        SynonymQuery.Builder singles = new SynonymQuery.Builder(field);
        boolean hasSingles = false;
        for (List<String> alternative : concept.alternatives()) {
            if (alternative.size() == 1) {
                singles.addTerm(new Term(field, alternative.get(0)));
                hasSingles = true;
            } else {
                anyWay.add(new PhraseQuery(PHRASE_SLOP, field, alternative.toArray(String[]::new)), Occur.SHOULD);
            }
        }
        if (hasSingles) {
            anyWay.add(singles.build(), Occur.SHOULD);
        }
        return anyWay.build();
    }

    private static DirectoryReader write(List<ProposalFact> facts, Gazetteer gazetteer) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (Analyzer analyzer = SearchAnalyzer.forIndex();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int ordinal = 0; ordinal < facts.size(); ordinal++) {
                writer.addDocument(document(ordinal, facts.get(ordinal), gazetteer));
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(int ordinal, ProposalFact fact, Gazetteer gazetteer) {
        Document document = new Document();
        document.add(new StoredField(ORDINAL, ordinal));
        fact.proposal().topics().forEach(topic -> text(document, "topics", topic));
        text(document, "summary", fact.proposal().summary());
        fact.proposal().quotes().forEach(quote -> text(document, "quotes", quote));
        text(document, "person", fact.person().name());
        fact.person().roles().forEach(role -> text(document, "person", role));
        text(document, "person", fact.person().organisation());
        regionNames(fact, gazetteer).forEach(name -> text(document, "regions", name));
        return document;
    }

    /** The proposal's regions and the person's, by every name they go by, with a city's province. */
    private static List<String> regionNames(ProposalFact fact, Gazetteer gazetteer) {
        return Stream.concat(fact.proposal().regions().stream(), Stream.ofNullable(fact.person().region()))
                .distinct()
                .flatMap(id -> gazetteer.find(id).stream())
                .flatMap(region -> Stream.concat(names(region), gazetteer.provinceOf(region).stream()
                        .filter(province -> !province.id().equals(region.id()))
                        .flatMap(ProposalIndex::names)))
                .toList();
    }

    private static Stream<String> names(Region region) {
        return Stream.concat(Stream.of(region.name(), region.chineseName()), region.aliases().stream())
                .filter(Objects::nonNull);
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
