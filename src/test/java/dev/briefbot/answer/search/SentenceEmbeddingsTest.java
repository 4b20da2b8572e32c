package dev.briefbot.answer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.briefbot.answer.Facts;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vector cache file: what one process embedded, the next reads back instead of embedding it again. */
class SentenceEmbeddingsTest {

    @TempDir
    Path folder;

    @AfterEach
    void writeNoMoreFiles() {
        SentenceEmbeddings.shared().forgetCacheFile();
    }

    @Test
    void shouldKeepEveryVectorInTheCacheFileAcrossCalls() throws Exception {
        Path file = folder.resolve("vectors.bin");
        SentenceEmbeddings embeddings = SentenceEmbeddings.shared();
        embeddings.useCacheFile(file);
        String first = "a text only this test embeds " + System.nanoTime();
        String second = "another text only this test embeds " + System.nanoTime();

        float[] vector = embeddings.texts(List.of(first)).get(0);
        embeddings.texts(List.of(second));
        long size = Files.size(file);

        assertThat(size).isGreaterThanOrEqualTo(8 + 2L * (32 + 4 * SentenceModel.DIMENSIONS));
        assertThat(embeddings.texts(List.of(first)).get(0)).containsExactly(vector);
        assertThat(SentenceEmbeddings.key(first)).isNotEqualTo(SentenceEmbeddings.key(second));
        SentenceEmbeddings nextProcess = new SentenceEmbeddings();
        nextProcess.useCacheFile(file);
        assertThat(nextProcess.holds(first)).isTrue();
        assertThat(nextProcess.holds(second)).isTrue();
        assertThat(nextProcess.holds("never embedded")).isFalse();
    }

    @Test
    void shouldKeepTheLibrarysTextsAndWordsInTheCacheFileOnceTheSearchIsReady() {
        Path file = folder.resolve("vectors.bin");
        // a process of its own: the shared one may hold every vector already, from other tests, and write nothing
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        embeddings.useCacheFile(file);
        Library library = new LibraryLoader().load(Path.of("seeds"), Path.of("config"));

        new Search(new Facts(library), embeddings, Calibration.TUNED).ready();

        SentenceEmbeddings nextProcess = new SentenceEmbeddings();
        nextProcess.useCacheFile(file);
        // a proposal's summary, and a word coverage compares a question's words with
        assertThat(nextProcess.holds(library.briefs().get(0).proposals().get(0).summary())).isTrue();
        assertThat(nextProcess.holds("elderly")).isTrue();
    }

    @Test
    void shouldStartEmptyFromAFileThatIsNotOurs() throws Exception {
        Path file = folder.resolve("vectors.bin");
        Files.writeString(file, "not a vector cache");
        SentenceEmbeddings nextProcess = new SentenceEmbeddings();

        nextProcess.useCacheFile(file);

        assertThat(nextProcess.holds("a")).isFalse();
    }
}
