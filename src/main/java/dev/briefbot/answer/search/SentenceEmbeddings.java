package dev.briefbot.answer.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's sentence-embedding model and the vectors it has made, keyed by a SHA-256 of the model's id and the
 * text: a library snapshot embeds only the texts no earlier snapshot had, and a reload of an unchanged brief costs
 * nothing. The model loads once per process, on a daemon thread started by {@link #preload()} (or by the first use),
 * so that the rest of start-up runs beside it.
 *
 * <p>With a cache file ({@link #useCacheFile(Path)}, setting {@code briefbot.search.vector-cache}) the vectors also
 * outlive the process: a library of 1,000 briefs is embedded once, not at every start. Without one, nothing is
 * written anywhere.
 */
public final class SentenceEmbeddings {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceEmbeddings.class);
    private static final int MAGIC = 0x42425631; // "BBV1"
    private static final SentenceEmbeddings SHARED = new SentenceEmbeddings();

    private volatile CompletableFuture<SentenceModel> model;
    private final Map<ByteBuffer, float[]> vectors = new ConcurrentHashMap<>();
    private volatile Path cacheFile;
    /** Vectors were made that the cache file does not hold yet. */
    private volatile boolean unsaved;

    SentenceEmbeddings() {
    }

    /** The one model of the process. */
    public static SentenceEmbeddings shared() {
        return SHARED;
    }

    /** Starts loading the model now, on a daemon thread, if nothing has yet. */
    public static void preload() {
        SHARED.loading();
    }

    /**
     * Reads the vectors a file holds and writes each snapshot's vectors back to it. A file that is missing, or not
     * one of ours, starts an empty cache (it is rewritten at the next snapshot); one that cannot be written is
     * logged, and the vectors stay in memory.
     */
    public synchronized void useCacheFile(Path file) {
        this.cacheFile = file;
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != SentenceModel.DIMENSIONS) {
                LOG.warn("{} is not a BriefBot vector cache of this model; it will be rewritten", file);
                return;
            }
            int read = 0;
            while (true) {
                byte[] key = new byte[32];
                try {
                    in.readFully(key);
                } catch (EOFException end) {
                    break;
                }
                float[] vector = new float[SentenceModel.DIMENSIONS];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.putIfAbsent(ByteBuffer.wrap(key), vector);
                read++;
            }
            LOG.debug("read {} vectors from {}", read, file);
        } catch (IOException e) {
            LOG.warn("cannot read the vector cache {} ({}); the library's texts are embedded again", file,
                    e.getMessage());
        }
    }

    /** Writes no file from now on. */
    synchronized void forgetCacheFile() {
        this.cacheFile = null;
    }

    /** Is a vector of this text at hand, without the model? */
    boolean holds(String text) {
        return vectors.containsKey(key(text));
    }

    SentenceModel model() {
        try {
            return loading().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A question's vector: never cached, each question is new. */
    float[] question(String text) {
        return model().embed(text);
    }

    /** The vectors of a snapshot's texts, in order: cached ones reused, the rest embedded and cached. */
    List<float[]> texts(List<String> texts) {
        return texts(texts, true);
    }

    /**
     * The same, writing the cache file only if {@code save} (rewriting the whole file is for a snapshot's texts, not
     * for a question's few words: those reach the file with the next snapshot's save).
     */
    List<float[]> texts(List<String> texts, boolean save) {
        List<ByteBuffer> keys = texts.stream().map(SentenceEmbeddings::key).toList();
        Map<ByteBuffer, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!vectors.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<ByteBuffer> order = new ArrayList<>(missing.keySet());
            List<float[]> made = model().embedAll(new ArrayList<>(missing.values()));
            for (int i = 0; i < order.size(); i++) {
                vectors.put(order.get(i), made.get(i));
            }
        }
        List<float[]> found = keys.stream().map(vectors::get).toList();
        if (!missing.isEmpty()) {
            if (save) {
                save();
            } else {
                unsaved = true;
            }
        }
        return found;
    }

    /** Writes the cache file if vectors were made since it was last written. */
    void persist() {
        if (unsaved) {
            save();
        }
    }

    /**
     * Writes every vector made for a library's texts and words to the cache file (a question's own words are never
     * cached, so it holds only what the libraries of this process and the file before it needed).
     */
    private synchronized void save() {
        unsaved = false;
        Path file = cacheFile;
        if (file == null) {
            return;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try (OutputStream raw = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(SentenceModel.DIMENSIONS);
                for (Map.Entry<ByteBuffer, float[]> vector : vectors.entrySet()) {
                    out.write(vector.getKey().array());
                    for (float component : vector.getValue()) {
                        out.writeFloat(component);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot write the vector cache {} ({}); the vectors stay in memory", file, e.getMessage());
        }
    }

    private CompletableFuture<SentenceModel> loading() {
        CompletableFuture<SentenceModel> loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new CompletableFuture<>();
                    CompletableFuture<SentenceModel> future = model;
                    Thread thread = new Thread(() -> {
                        try {
                            future.complete(SentenceModel.load());
                        } catch (RuntimeException | Error e) {
                            future.completeExceptionally(e);
                        }
                    }, "sentence-model");
                    thread.setDaemon(true);
                    thread.start();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    static ByteBuffer key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SentenceModel.ID.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
