package dev.briefbot.chat;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the bot is addressed in chats. Validated as it is bound: a bad value stops start-up naming the property.
 *
 * @param botUsername the bot's username without {@code @}: commands like {@code /region@BriefBot} and mentions are
 *                    compared with it, ignoring case (the Telegram layer sets it from TELEGRAM_BOT_USERNAME)
 */
@ConfigurationProperties("briefbot.chat")
@Validated
public record ChatSettings(
        @Pattern(regexp = "[A-Za-z0-9_]+", message = "must be a Telegram username: letters, digits and _, e.g. "
                + "BriefBot")
        @DefaultValue("BriefBot") String botUsername) {

    public ChatSettings {
        // operators often copy the name with its @ from Telegram
        botUsername = botUsername == null ? "" : botUsername.strip().replaceFirst("^@", "");
    }
}
