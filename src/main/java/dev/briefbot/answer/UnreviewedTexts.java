package dev.briefbot.answer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import dev.briefbot.brief.Region;
import dev.briefbot.brief.Source;
import dev.briefbot.brief.UnreviewedBrief;

/**
 * The texts in {@code seeds/} that have no facts yet (issue 13): useful at once, by quoting their sentences verbatim.
 * A sentence is found by the question's own topic words (stemmed, a typo forgiven in long words) or by a region's
 * name, and shown as printed, marked "from the text of …, not yet reviewed". Nothing is attributed to anyone: the
 * sentence says what it says, and no person, region or topic is read into it.
 *
 * <p>The search is strict on purpose, as nothing here was curated: a sentence must use most of the topic words (all
 * of them for one or two), and a question that names only the domain's own words ("AI") finds none.
 */
final class UnreviewedTexts {

    /** Sentences quoted for one question, in all: a text not yet reviewed is a hint, not the answer. */
    static final int MAX_SENTENCES = 4;
    private static final int MAX_PER_TEXT = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Sentences of one text that answer a question, in the text's order. */
    record Found(UnreviewedBrief text, List<String> sentences) {
    }

    private final List<UnreviewedBrief> texts;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    UnreviewedTexts(List<UnreviewedBrief> texts) {
        this.texts = List.copyOf(texts);
        this.searcher = texts.isEmpty() ? null : index(this.texts);
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    List<UnreviewedBrief> texts() {
        return texts;
    }

    /**
     * The sentences that use the topic's words: all of them when there are one or two, two in three beyond that.
     *
     * @param words the question's topic words, the domain's own (AI, China) left out
     */
    List<Found> about(List<String> words) {
        if (searcher == null) {
            return List.of();
        }
        List<String> terms = terms(String.join(" ", words));
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            Query exact = new TermQuery(new Term("text", term));
            // a typo in a long word ("eldrely"), never in a short one, where one letter makes another word
            Query forgiving = term.length() >= 6 ? new BooleanQuery.Builder()
                    .add(exact, BooleanClause.Occur.SHOULD)
                    .add(new FuzzyQuery(new Term("text", term), 1, 2), BooleanClause.Occur.SHOULD).build() : exact;
            query.add(forgiving, BooleanClause.Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(terms.size() <= 2 ? terms.size() : (terms.size() * 2 + 2) / 3);
        return found(query.build());
    }

    /** The sentences that name the region, by its name or one of its aliases, as a phrase. */
    List<Found> naming(Region region) {
        if (searcher == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(region.name());
        names.addAll(region.aliases());
        if (region.chineseName() != null) {
            names.add(region.chineseName());
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String name : names) {
            List<String> terms = terms(name);
            if (terms.isEmpty()) {
                continue;
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            terms.forEach(term -> phrase.add(new Term("text", term)));
            query.add(phrase.build(), BooleanClause.Occur.SHOULD);
        }
        return found(query.build());
    }

    /**
     * The found sentences as items, one per text: "From the text of “…”, not yet reviewed", each sentence quoted as
     * printed, with no line read into it.
     */
    static List<Answer.Item> items(List<Found> found) {
        List<Answer.Item> items = new ArrayList<>();
        for (Found one : found) {
            Source source = source(one.text());
            List<Answer.Quote> quotes = one.sentences().stream().map(sentence -> new Answer.Quote(sentence, source))
                    .toList();
            items.add(new Answer.Item(marked(one.text()), List.of(), quotes));
        }
        return items;
    }

    /** "From the text of “Title” (Publisher, 3 February 2024), not yet reviewed". */
    static String marked(UnreviewedBrief text) {
        return "From the text of “" + text.title() + "”" + printed(text) + ", not yet reviewed";
    }

    /** " (Xinhua, 3 February 2024)", or what of it the text prints; empty when it prints neither. */
    static String printed(UnreviewedBrief text) {
        List<String> parts = new ArrayList<>();
        if (text.publisher() != null && !text.publisher().isBlank()) {
            parts.add(text.publisher());
        }
        if (text.published() != null) {
            parts.add(DAY.format(text.published().date()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static Source source(UnreviewedBrief text) {
        return new Source(text.title() + " (not yet reviewed)", text.publisher() == null ? "" : text.publisher(),
                text.published() == null ? null : text.published().date());
    }

    private List<Found> found(Query query) {
        try {
            ScoreDoc[] hits = searcher.search(query, MAX_SENTENCES * 4).scoreDocs;
            Map<Integer, List<Integer>> byText = new LinkedHashMap<>();
            int taken = 0;
            for (ScoreDoc hit : hits) {
                Document document = searcher.storedFields().document(hit.doc);
                int text = document.getField("brief").numericValue().intValue();
                int sentence = document.getField("sentence").numericValue().intValue();
                List<Integer> sentences = byText.computeIfAbsent(text, key -> new ArrayList<>());
                if (sentences.size() < MAX_PER_TEXT && taken < MAX_SENTENCES) {
                    sentences.add(sentence);
                    taken++;
                }
            }
            List<Found> found = new ArrayList<>();
            byText.forEach((text, sentences) -> {
                UnreviewedBrief brief = texts.get(text);
                found.add(new Found(brief, sentences.stream().sorted()
                        .map(at -> brief.sentences().get(at)).toList()));
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("the unreviewed texts' index could not be read", e);
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.stream().distinct().toList();
    }

    private IndexSearcher index(List<UnreviewedBrief> briefs) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int text = 0; text < briefs.size(); text++) {
                List<String> sentences = briefs.get(text).sentences();
                for (int at = 0; at < sentences.size(); at++) {
                    Document document = new Document();
                    document.add(new TextField("text", sentences.get(at), Field.Store.NO));
                    document.add(new StoredField("brief", text));
                    document.add(new StoredField("sentence", at));
                    writer.addDocument(document);
                }
            }
            writer.commit();
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("the unreviewed texts could not be indexed", e);
        }
    }
}
