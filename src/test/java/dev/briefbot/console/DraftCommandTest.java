package dev.briefbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --draft seeds/<id>.txt} as main runs it: the YAML on standard output, a clear word for bad input. */
class DraftCommandTest {

    private static final String CONFIG = "--briefbot.config-dir=src/test/resources/global-times/config";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldPrintADraftThatTheCheckAcceptsAsItIs() throws IOException {
        Path seeds = Files.createDirectory(folder.resolve("seeds"));
        Path text = Files.writeString(seeds.resolve("2024-03-05-shenzhen.txt"), """
                Shenzhen advisors back AI zones
                Published: Mar 5, 2024

                Li Ming, a CPPCC member from Shenzhen, proposed a pilot zone for AI robots in Nanshan. He said the zone \
                would open in 2025.
                """);

        assertThat(run("--draft", text.toString(), CONFIG)).isZero();

        String yaml = out.toString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("title: \"Shenzhen advisors back AI zones\"", "published: 2024-03-05",
                "name: \"Li Ming\"", "region: shenzhen", "kind: proposal", "# review:");
        Files.writeString(seeds.resolve("2024-03-05-shenzhen.yaml"), yaml);
        out.reset();
        assertThat(run("--check", "--briefbot.seeds-dir=" + seeds, CONFIG)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1 brief, 2 proposals, 0 set aside\n");
    }

    @Test
    void shouldSayWhatItNeedsWithoutAText() {
        assertThat(run("--draft")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--draft needs the text of a brief");
        assertThat(out.size()).isZero();
    }

    @Test
    void shouldNameAFileItCannotRead() {
        assertThat(run("--draft", folder.resolve("missing.txt").toString(), CONFIG)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt cannot be read");
    }

    @Test
    void shouldRefuseAFileThatIsNoText() {
        assertThat(run("--draft=seeds/a.yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reads a brief's text, <id>.txt");
    }

    private int run(String... args) {
        return LibraryTools.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).orElseThrow();
    }
}
