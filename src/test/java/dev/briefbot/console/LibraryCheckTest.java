package dev.briefbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check} over a copy of the sample library of {@code src/test/resources/library}, as main runs it. */
class LibraryCheckTest {

    private static final String BRIEF = "2024-01-28-sample";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copySample() throws IOException, URISyntaxException {
        Path sample = Path.of(LibraryCheckTest.class.getResource("/library").toURI());
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void shouldSayAllIsWellInOneLineAndExitZero() {
        assertThat(check()).hasValue(0);

        assertThat(lines()).containsExactly("1 brief, 2 proposals, 0 set aside");
        assertThat(err()).isEmpty();
    }

    @Test
    void shouldPrintOneLinePerProblemThenTheSummaryAndExitOne() throws IOException {
        Path facts = folder.resolve("seeds/" + BRIEF + ".yaml");
        String valid = Files.readString(facts);
        Files.writeString(folder.resolve("seeds/b-broken.yaml"),
                valid.replace("person: xia-jun", "person: nobody").replace("size: 3", "size: 4"));
        Files.copy(folder.resolve("seeds/" + BRIEF + ".txt"), folder.resolve("seeds/b-broken.txt"));
        Files.writeString(folder.resolve("seeds/c-new.txt"), "A new article\n\nAdvisors met in Hefei. They talked.");

        assertThat(check()).hasValue(1);

        assertThat(lines()).hasSize(4);
        assertThat(lines().get(0)).endsWith("seeds/b-broken.yaml: proposal 'xia-jun-medicine', person 'nobody' is "
                + "not among this brief's people; use the id of an entry under 'people'");
        assertThat(lines().get(1)).endsWith("seeds/b-broken.yaml: ranking 'sample-ranking', it has 3 entries but "
                + "size 4; list exactly one entry for each position 1 to 4");
        assertThat(lines().get(2)).contains("seeds/c-new.txt: not yet reviewed", "--draft");
        assertThat(lines().get(3)).isEqualTo("1 brief, 2 proposals, 1 set aside, 1 unreviewed");
    }

    @Test
    void shouldNameABrokenGazetteerWithoutAStackTrace() throws IOException {
        Files.writeString(folder.resolve("config/regions.yaml"), "provinces: [\n");

        assertThat(check()).hasValue(1);

        assertThat(lines().get(0)).contains("config/regions.yaml: malformed YAML at line");
        assertThat(lines()).last().isEqualTo("0 briefs, 0 proposals: not loaded (1 problem)");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Exception", "\tat ");
    }

    @Test
    void shouldNameTheSettingOfAFolderThatDoesNotExist() {
        assertThat(LibraryTools.run(new String[] {"--check", "--briefbot.seeds-dir=" + folder.resolve("nowhere"),
                "--briefbot.config-dir=" + folder.resolve("config")}, print(out), print(err))).hasValue(1);

        assertThat(lines().get(0)).startsWith("briefbot.seeds-dir: must be a readable folder of briefs")
                .endsWith("does not exist");
    }

    @Test
    void shouldLeaveEveryOtherLaunchToTheService() {
        assertThat(LibraryTools.run(new String[] {"--ask", "/help"}, print(out), print(err))).isEmpty();
        assertThat(out.size()).isZero();
    }

    private OptionalInt check() {
        return LibraryTools.run(new String[] {"--check", "--briefbot.seeds-dir=" + folder.resolve("seeds"),
                "--briefbot.config-dir=" + folder.resolve("config")}, print(out), print(err));
    }

    private java.util.List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
