package dev.briefbot.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot is addressed in chats. Checked as it is bound, by hand rather than by Bean Validation, which would cost
 * the console's first answer over a second: a bad value stops start-up naming the property.
 *
 * @param botUsername the bot's username without {@code @}: commands like {@code /region@BriefBot} and mentions are
 *                    compared with it, ignoring case (the Telegram layer sets it from TELEGRAM_BOT_USERNAME)
 */
@ConfigurationProperties("briefbot.chat")
public record ChatSettings(@DefaultValue("BriefBot") String botUsername) {

    public ChatSettings {
        // operators often copy the name with its @ from Telegram
        botUsername = botUsername == null ? "" : botUsername.strip().replaceFirst("^@", "");
        if (!botUsername.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("briefbot.chat.bot-username: must be a Telegram username: letters, "
                    + "digits and _, e.g. BriefBot");
        }
    }
}
