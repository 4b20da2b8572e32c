package dev.briefbot.answer;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.briefbot.answer.search.SentenceEmbeddings;
import dev.briefbot.brief.Library;

/** The answers over the library the application loaded, swapped when a new version is taken in. */
@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    /**
     * @param vectorCache {@code briefbot.search.vector-cache}: a file that keeps the library's sentence vectors
     *                    across restarts (a library of 1,000 briefs is embedded once, not at every start); unset,
     *                    the vectors stay in memory and nothing is written
     */
    @Bean
    CurrentLibrary currentLibrary(Library library, @Value("${briefbot.search.vector-cache:}") String vectorCache) {
        if (!vectorCache.isBlank()) {
            SentenceEmbeddings.shared().useCacheFile(Path.of(vectorCache));
        }
        return new CurrentLibrary(library);
    }
}
