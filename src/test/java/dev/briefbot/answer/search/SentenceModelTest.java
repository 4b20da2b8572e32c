package dev.briefbot.answer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

/**
 * The one search path needs this model and no other: a missing model fails here, and so does one that gives other
 * vectors (a few components are pinned). Our tokenizer and pooling must also reproduce langchain4j's embedding of the
 * same files, HuggingFace tokenizer included.
 */
class SentenceModelTest {

    private static final SentenceModel MODEL = SentenceEmbeddings.shared().model();

    private static final List<String> TEXTS = List.of(
            "who mentioned robots?",
            "Apply AI robots to elderly care now that China has entered the aging society, with food, medical and "
                    + "mobility assistance 24 hours a day.",
            "Traditional Chinese medicine is high in quality and price; combined with AI it could better balance cost.",
            "Shift teaching from imparting knowledge to fostering students' abilities (student-centered learning).",
            "who sugested robots for the eldrely",
            "Zhou Hongyi: 360 Security Technology's founder — café, naïve, Ünïcödé, 2024's \"open-source\" models!",
            "谁提到了机器人？ 深圳 and Hong Kong",
            "", "   ", "$^`~ under_score x-y 3.5% e-mail@example.org",
            "antidisestablishmentarianism pneumonoultramicroscopicsilicovolcanoconiosis");

    @Test
    void shouldGiveThePinnedVectorOfAKnownQuestion() {
        float[] vector = MODEL.embed("who mentioned robots?");

        assertThat(vector).hasSize(384);
        assertThat(vector[0]).isCloseTo(-0.053405f, within(2e-4f));
        assertThat(vector[1]).isCloseTo(-0.019105f, within(2e-4f));
        assertThat(vector[2]).isCloseTo(-0.008251f, within(2e-4f));
        assertThat(norm(vector)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void shouldTokenizeAsHuggingFaceDoes() throws Exception {
        try (InputStream json = getClass().getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
             HuggingFaceTokenizer reference = HuggingFaceTokenizer.newInstance(json,
                     Map.of("padding", "false", "truncation", "false"))) {
            for (String text : TEXTS) {
                assertThat(MODEL.tokenizer().ids(text, 512)).as(text).containsExactly(reference.encode(text).getIds());
            }
        }
    }

    @Test
    void shouldEmbedAsLangchain4jDoesWithTheSameModel() {
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<float[]> ours = MODEL.embedAll(TEXTS.stream().filter(text -> !text.isBlank()).toList());
        List<String> texts = TEXTS.stream().filter(text -> !text.isBlank()).toList();
        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = reference.embed(texts.get(i)).content().vector();
            assertThat(dot(ours.get(i), theirs)).as(texts.get(i)).isGreaterThan(0.9999);
        }
    }

    @Test
    void shouldEmbedABatchAsItEmbedsEachTextAlone() {
        List<float[]> batch = MODEL.embedAll(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(dot(batch.get(i), MODEL.embed(TEXTS.get(i)))).as(TEXTS.get(i)).isGreaterThan(0.9999);
        }
    }

    @Test
    void shouldPlaceAParaphraseCloserThanAnotherTopic() {
        float[] question = MODEL.embed("who wants machines looking after old people?");
        float[] elderly = MODEL.embed("Apply AI robots to elderly care.");
        float[] law = MODEL.embed("Beijing should formulate a regulation promoting the AI industry.");

        assertThat(dot(question, elderly)).isGreaterThan(dot(question, law) + 0.2);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(float[] vector) {
        return Math.sqrt(dot(vector, vector));
    }
}
