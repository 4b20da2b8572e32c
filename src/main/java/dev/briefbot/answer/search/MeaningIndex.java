package dev.briefbot.answer.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries' vectors, kept with the snapshot: several per entry (its summary, each quote, its topics), and an entry is
 * as close to a question as its closest text. Searched exhaustively and exactly, with no graph to build at start-up as
 * an HNSW index (Lucene's {@code KnnFloatVectorField}) would need.
 *
 * <p>Two things keep that cheap (measured in docs/benchmarks.md, issue 11): a text several entries share (a role, a
 * stock phrase) is compared once; and the vectors are stored {@value #BLOCK} at a time, dimension by dimension, so
 * that the comparison is a loop of {@code acc[j] += q[d] * v[d][j]} over contiguous memory, which HotSpot compiles to
 * SIMD instructions on its own. A dot product per vector, as Lucene's {@code VectorUtil} does it, stays scalar on
 * Java 17: Lucene's SIMD code needs Java 21 and the incubating vector module.
 */
final class MeaningIndex {

    /** Vectors per block: the block's sums (2 KB) stay in the first-level cache while its dimensions stream past. */
    static final int BLOCK = 512;

    private static final int DIMENSIONS = SentenceModel.DIMENSIONS;

    /** The distinct texts' vectors, block after block, each block dimension-major: [block][dimension][vector]. */
    private final float[] blocks;
    private final int texts;
    /** Each (entry, text) pair: the entry's position and the text's. */
    private final int[] pairEntries;
    private final int[] pairTexts;
    private final int entries;

    private MeaningIndex(float[] blocks, int texts, int[] pairEntries, int[] pairTexts, int entries) {
        this.blocks = blocks;
        this.texts = texts;
        this.pairEntries = pairEntries;
        this.pairTexts = pairTexts;
        this.entries = entries;
    }

    static MeaningIndex of(List<Entry> entries, SentenceEmbeddings embeddings) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        List<int[]> pairs = new ArrayList<>();
        for (int entry = 0; entry < entries.size(); entry++) {
            for (String text : entries.get(entry).meaning()) {
                pairs.add(new int[] {entry, distinct.computeIfAbsent(text, key -> distinct.size())});
            }
        }
        return of(embeddings.texts(new ArrayList<>(distinct.keySet())), pairs, entries.size());
    }

    /** The index of these vectors, each (entry, text) pair naming an entry's position and a vector's. */
    static MeaningIndex of(List<float[]> vectors, List<int[]> pairs, int entries) {
        int texts = vectors.size();
        int blockCount = (texts + BLOCK - 1) / BLOCK;
        float[] blocks = new float[blockCount * BLOCK * DIMENSIONS];
        for (int text = 0; text < texts; text++) {
            float[] vector = vectors.get(text);
            int base = text / BLOCK * BLOCK * DIMENSIONS + text % BLOCK;
            for (int d = 0; d < DIMENSIONS; d++) {
                blocks[base + d * BLOCK] = vector[d];
            }
        }
        return new MeaningIndex(blocks, texts, pairs.stream().mapToInt(pair -> pair[0]).toArray(),
                pairs.stream().mapToInt(pair -> pair[1]).toArray(), entries);
    }

    /** Each entry's cosine with the question (its closest text's), by entry position; -1 for an entry of no text. */
    float[] similarities(float[] question) {
        float[] dots = dots(question);
        float[] best = new float[entries];
        Arrays.fill(best, -1f);
        for (int pair = 0; pair < pairEntries.length; pair++) {
            float similarity = dots[pairTexts[pair]];
            if (similarity > best[pairEntries[pair]]) {
                best[pairEntries[pair]] = similarity;
            }
        }
        return best;
    }

    /** The question's dot product with every distinct text's vector. */
    private float[] dots(float[] question) {
        int blockCount = (texts + BLOCK - 1) / BLOCK;
        float[] dots = new float[blockCount * BLOCK];
        float[] sums = new float[BLOCK];
        for (int block = 0; block < blockCount; block++) {
            Arrays.fill(sums, 0f);
            int base = block * BLOCK * DIMENSIONS;
            // the last block is partly filled (the seed library's 70 texts fill a seventh of one)
            int width = Math.min(BLOCK, texts - block * BLOCK);
            // four dimensions a pass: a quarter of the loads and stores of the sums
            for (int d = 0; d < DIMENSIONS; d += 4) {
                float q0 = question[d];
                float q1 = question[d + 1];
                float q2 = question[d + 2];
                float q3 = question[d + 3];
                int o0 = base + d * BLOCK;
                int o1 = o0 + BLOCK;
                int o2 = o1 + BLOCK;
                int o3 = o2 + BLOCK;
                for (int j = 0; j < width; j++) {
                    sums[j] += q0 * blocks[o0 + j] + q1 * blocks[o1 + j] + q2 * blocks[o2 + j] + q3 * blocks[o3 + j];
                }
            }
            System.arraycopy(sums, 0, dots, block * BLOCK, BLOCK);
        }
        return dots;
    }
}
