package dev.briefbot.answer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

/** The blocked comparison gives each entry the cosine of its closest text, as one dot product per text would. */
class MeaningIndexTest {

    private static final int DIMENSIONS = SentenceModel.DIMENSIONS;

    @Test
    void shouldGiveEachEntryItsClosestTextsCosineAcrossBlocks() {
        Random random = new Random(11);
        // more than two blocks, the last one partly filled
        int texts = 2 * MeaningIndex.BLOCK + 37;
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < texts; i++) {
            vectors.add(unit(random));
        }
        // entry e holds texts e and e + 1, so every text but the first is shared by two entries; the last entry
        // holds none
        int entries = texts;
        List<int[]> pairs = new ArrayList<>();
        for (int entry = 0; entry < entries - 1; entry++) {
            pairs.add(new int[] {entry, entry});
            pairs.add(new int[] {entry, entry + 1});
        }
        float[] question = unit(random);

        float[] similarities = MeaningIndex.of(vectors, pairs, entries).similarities(question);

        assertThat(similarities).hasSize(entries);
        for (int entry = 0; entry < entries - 1; entry++) {
            float expected = Math.max(VectorUtil.dotProduct(question, vectors.get(entry)),
                    VectorUtil.dotProduct(question, vectors.get(entry + 1)));
            assertThat(similarities[entry]).as("entry %d", entry).isCloseTo(expected, within(1e-5f));
        }
        assertThat(similarities[entries - 1]).isEqualTo(-1f);
    }

    @Test
    void shouldFindAQuestionsOwnVectorClosest() {
        Random random = new Random(12);
        List<float[]> vectors = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            vectors.add(unit(random));
            pairs.add(new int[] {i, i});
        }

        float[] similarities = MeaningIndex.of(vectors, pairs, 700).similarities(vectors.get(613));

        assertThat(Search.closestEntries(similarities, 1)).containsExactly(613);
        assertThat(similarities[613]).isCloseTo(1f, within(1e-5f));
    }

    @Test
    void shouldRankTheClosestFewAsAStableSortWould() {
        float[] similarity = {0.2f, 0.9f, 0.5f, 0.9f, -1f, 0.5f, 0.7f, 0.5f};

        assertThat(Search.closestEntries(similarity, 5)).containsExactly(1, 3, 6, 2, 5);
        assertThat(Search.closestEntries(similarity, 20)).containsExactly(1, 3, 6, 2, 5, 7, 0, 4);
        assertThat(Search.closestEntries(similarity, 0)).isEmpty();
        assertThat(Search.closestEntries(new float[0], 3)).isEmpty();
    }

    private static float[] unit(Random random) {
        float[] vector = new float[DIMENSIONS];
        double norm = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] = (float) random.nextGaussian();
            norm += vector[d] * vector[d];
        }
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
