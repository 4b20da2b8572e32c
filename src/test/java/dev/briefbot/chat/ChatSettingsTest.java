package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefbot.BindingRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bot's username as operators configure it: a bad one stops start-up and names the property. */
class ChatSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void shouldDefaultToBriefBot() {
        context.run(started -> assertThat(started.getBean(ChatSettings.class).botUsername()).isEqualTo("BriefBot"));
    }

    @Test
    void shouldAcceptTheNameCopiedWithItsAt() {
        context.withPropertyValues("briefbot.chat.bot-username= @PolicyBriefBot ")
                .run(started -> assertThat(started.getBean(ChatSettings.class).botUsername())
                        .isEqualTo("PolicyBriefBot"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Brief Bot", "brief-bot", "<b>"})
    void shouldRefuseToStartWithANameTelegramWouldNotAllow(String name) {
        context.withPropertyValues("briefbot.chat.bot-username=" + name).run(started ->
                assertThat(BindingRefusal.of(started.getStartupFailure())).isEqualTo("briefbot.chat.bot-username: "
                        + "must be a Telegram username: letters, digits and _, e.g. BriefBot"));
    }

    @EnableConfigurationProperties(ChatSettings.class)
    static class Settings {
    }
}
