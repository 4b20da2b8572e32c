package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the valid sample library of {@code src/test/resources/library/} in a temporary folder, for a test to
 * break in exactly one place: each failure test reads as "the sample, with this changed, is refused like so".
 */
final class LibraryFixture {

    static final String BRIEF = "2024-01-28-sample";
    static final String FACTS = "seeds/" + BRIEF + ".yaml";
    static final String TEXT = "seeds/" + BRIEF + ".txt";
    static final String REGIONS = "config/regions.yaml";
    static final String SYNONYMS = "config/synonyms.txt";

    private final Path root;

    LibraryFixture(Path emptyFolder) {
        this.root = emptyFolder;
        copy(sample(), root);
    }

    Path seeds() {
        return root.resolve("seeds");
    }

    Path config() {
        return root.resolve("config");
    }

    /** Replaces the one occurrence of {@code from}; fails the test if it is not there, so no edit goes unnoticed. */
    LibraryFixture edit(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("the fixture %s to edit", file).containsOnlyOnce(from);
        return write(file, text.replace(from, to));
    }

    LibraryFixture write(String file, String content) {
        try {
            Files.writeString(root.resolve(file), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LibraryFixture delete(String file) {
        try {
            Files.delete(root.resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Library load() {
        return new LibraryLoader().load(seeds(), config());
    }

    /** The message a user sees when the library is refused; fails the test if it loads. */
    String refusal() {
        LibraryException refused = catchThrowableOfType(LibraryException.class, this::load);
        assertThat(refused).as("the library should be refused").isNotNull();
        return refused.getMessage();
    }

    private static Path sample() {
        try {
            return Path.of(LibraryFixture.class.getResource("/library").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
