package dev.briefbot.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.FileSystemUtils;

/** The "library" health: the briefs it answers from, the texts not yet reviewed, and why each brief was set aside. */
class LibraryHealthTest {

    private static final Path SAMPLE = Path.of("src/test/resources/library");

    @TempDir
    Path folder;

    @Test
    void shouldCountTheUnreviewedTextsAndGiveEachSetAsideBriefsReason() throws IOException {
        FileSystemUtils.copyRecursively(SAMPLE, folder);
        Path seeds = folder.resolve("seeds");
        Files.writeString(seeds.resolve("2024-02-01-draft.txt"), "A headline\n\nA story not yet reviewed.\n");
        Files.copy(seeds.resolve("2024-01-28-sample.txt"), seeds.resolve("2024-02-02-broken.txt"));
        Files.writeString(seeds.resolve("2024-02-02-broken.yaml"), Files.readString(seeds.resolve("2024-01-28-sample.yaml"))
                .replaceFirst("(?m)^published: .*$", "published: sometime in spring"));

        Health health = health(new LibraryLoader(setAside -> { }).load(seeds, folder.resolve("config")));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("briefs", 1).containsEntry("unreviewed", 1);
        assertThat(health.getDetails().get("setAside")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.map(String.class, String.class))
                .containsOnlyKeys("2024-02-02-broken")
                .hasEntrySatisfying("2024-02-02-broken", reason -> assertThat(reason)
                        .contains("2024-02-02-broken.yaml", "published", "sometime in spring"));
    }

    @Test
    void shouldSayNothingSetAsideWhenEveryBriefLoads() {
        Health health = health(new LibraryLoader().load(SAMPLE.resolve("seeds"), SAMPLE.resolve("config")));

        assertThat(health.getDetails()).isEqualTo(Map.of("briefs", 1, "unreviewed", 0));
    }

    private static Health health(dev.briefbot.brief.Library library) {
        return new LibraryHealth(new CurrentLibrary(library)).health();
    }
}
