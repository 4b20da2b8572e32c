package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where the knowledge lives, as operators configure it: their folders, or the project's for a blank value. */
class BriefbotSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

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
    void shouldTakeTheOperatorsFolders() {
        context.withPropertyValues("briefbot.seeds-dir=/srv/briefs", "briefbot.config-dir=/etc/briefbot").run(started -> {
            BriefbotSettings settings = started.getBean(BriefbotSettings.class);
            assertThat(settings.seedsDir()).isEqualTo(Path.of("/srv/briefs"));
            assertThat(settings.configDir()).isEqualTo(Path.of("/etc/briefbot"));
        });
    }

    @EnableConfigurationProperties(BriefbotSettings.class)
    static class Settings {
    }
}
