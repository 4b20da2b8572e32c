package dev.briefbot.chat;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the bot is addressed in chats.
 *
 * @param botUsername the bot's username without {@code @}: commands like {@code /region@BriefBot} and mentions are
 *                    compared with it, ignoring case (the Telegram layer sets it from TELEGRAM_BOT_USERNAME)
 */
@Validated
@ConfigurationProperties("briefbot.chat")
public record ChatSettings(@NotBlank @DefaultValue("BriefBot") String botUsername) {

    public ChatSettings {
        // operators often copy the name with its @ from Telegram
        botUsername = botUsername == null ? null : botUsername.strip().replaceFirst("^@", "");
    }
}
