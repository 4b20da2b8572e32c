package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Expected replies kept as files in {@code src/test/resources/golden/}. After a deliberate change of the output,
 * rewrite them with {@code ./mvnw test -Dgolden.update=true}, then read the diff before committing it.
 */
final class GoldenFiles {

    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    static void assertMatches(String fileName, String actual) {
        Path file = FOLDER.resolve(fileName);
        if (Boolean.getBoolean("golden.update")) {
            write(file, actual);
        }
        assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
        assertThat(actual).as("reply compared with golden file %s", file).isEqualTo(read(file));
    }

    /** Several Telegram messages as one file, each under a line that numbers it. */
    static void assertMatches(String fileName, List<String> messages) {
        assertMatches(fileName, IntStream.range(0, messages.size())
                .mapToObj(i -> "===== message " + (i + 1) + " of " + messages.size() + " =====\n" + messages.get(i))
                .collect(Collectors.joining("\n")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
