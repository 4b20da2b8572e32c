package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.briefbot.BindingRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where the knowledge lives, as operators configure it: their folders, the project's for a blank value, never none. */
class BriefbotSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    // the build points every test at a frozen seeds folder (pom.xml); these tests are about the defaults
    private String buildsSeeds;

    @BeforeEach
    void withoutTheBuildsSeedsFolder() {
        buildsSeeds = System.clearProperty("briefbot.seeds-dir");
    }

    @AfterEach
    void restoreTheBuildsSeedsFolder() {
        if (buildsSeeds != null) {
            System.setProperty("briefbot.seeds-dir", buildsSeeds);
        }
    }

    @Test
    void shouldDefaultToTheProjectFolders() {
        context.run(started -> {
            BriefbotSettings settings = started.getBean(BriefbotSettings.class);
            assertThat(settings.seedsDir()).isEqualTo(Path.of("seeds"));
            assertThat(settings.configDir()).isEqualTo(Path.of("config"));
        });
    }

    @Test
    void shouldTakeTheDefaultsForBlankValues() {
        context.withPropertyValues("briefbot.seeds-dir= ", "briefbot.config-dir=").run(started -> {
            BriefbotSettings settings = started.getBean(BriefbotSettings.class);
            assertThat(settings.seedsDir()).isEqualTo(Path.of("seeds"));
            assertThat(settings.configDir()).isEqualTo(Path.of("config"));
        });
    }

    @Test
    void shouldTakeTheOperatorsFolders(@TempDir Path folder) throws IOException {
        Path seeds = Files.createDirectory(folder.resolve("briefs"));
        context.withPropertyValues("briefbot.seeds-dir=" + seeds, "briefbot.config-dir=" + folder).run(started -> {
            BriefbotSettings settings = started.getBean(BriefbotSettings.class);
            assertThat(settings.seedsDir()).isEqualTo(seeds);
            assertThat(settings.configDir()).isEqualTo(folder);
        });
    }

    @Test
    void shouldRefuseAMissingSeedsFolderSayingWhereItLooked(@TempDir Path folder) {
        Path nowhere = folder.resolve("nowhere");
        context.withPropertyValues("briefbot.seeds-dir=" + nowhere).run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo("briefbot.seeds-dir: must be a "
                        + "readable folder of briefs (<id>.txt beside <id>.yaml); " + nowhere + " does not exist"));
    }

    @Test
    void shouldRefuseAFileGivenAsTheConfigFolder(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("regions.yaml"), "regions: []");
        context.withPropertyValues("briefbot.config-dir=" + file).run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo("briefbot.config-dir: must be a "
                        + "readable folder of reference data (regions.yaml, synonyms.txt); " + file + " is a file"));
    }

    @EnableConfigurationProperties(BriefbotSettings.class)
    static class Settings {
    }
}
