package dev.briefbot.answer.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.util.VectorUtil;

/**
 * The entries' vectors, kept with the snapshot: several a entry (its summary, each quote, its topics), and an entry is
 * as close to a question as its closest text. Searched exhaustively: 30,000 vectors of 384 dimensions (1,000 briefs)
 * take a few milliseconds, exact, with no graph to build at start-up as an HNSW index (Lucene's
 * {@code KnnFloatVectorField}) would need — measured in docs/benchmarks.md.
 */
final class MeaningIndex {

    private final float[][] vectors;
    private final int[] owners;
    private final int entries;

    private MeaningIndex(float[][] vectors, int[] owners, int entries) {
        this.vectors = vectors;
        this.owners = owners;
        this.entries = entries;
    }

    static MeaningIndex of(List<Entry> entries, SentenceEmbeddings embeddings) {
        List<String> texts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int entry = 0; entry < entries.size(); entry++) {
            for (String text : entries.get(entry).meaning()) {
                texts.add(text);
                owners.add(entry);
            }
        }
        float[][] vectors = embeddings.texts(texts).toArray(float[][]::new);
        return new MeaningIndex(vectors, owners.stream().mapToInt(Integer::intValue).toArray(), entries.size());
    }

    /** Each entry's cosine with the question (its closest text's), by entry position; -1 for an entry of no text. */
    float[] similarities(float[] question) {
        float[] best = new float[entries];
        java.util.Arrays.fill(best, -1f);
        for (int i = 0; i < vectors.length; i++) {
            float similarity = VectorUtil.dotProduct(question, vectors[i]);
            if (similarity > best[owners[i]]) {
                best[owners[i]] = similarity;
            }
        }
        return best;
    }
}
