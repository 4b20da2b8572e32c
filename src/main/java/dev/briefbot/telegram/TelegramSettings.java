package dev.briefbot.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How BriefBot reaches Telegram. config/application.yml fills the first three from the environment.
 *
 * @param token         the bot token from TELEGRAM_BOT_TOKEN; a secret: never printed, not even by {@link #toString}
 * @param username      the bot's username from TELEGRAM_BOT_USERNAME; blank means ask Telegram ({@code getMe})
 * @param apiUrl        the Bot API server from TELEGRAM_API_URL: Telegram's, a local Bot API server, or a test fake
 * @param lanes         threads answering chats in parallel; one chat always uses the same lane, so stays in order
 * @param laneCapacity  updates that may wait in one lane before polling slows down to let it catch up
 * @param shutdownGrace how long a stopping bot waits for the lanes to finish the updates they hold
 */
@ConfigurationProperties("briefbot.telegram")
record TelegramSettings(
        @DefaultValue("") String token,
        @DefaultValue("") String username,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue("8") int lanes,
        @DefaultValue("100") int laneCapacity,
        @DefaultValue("10s") Duration shutdownGrace) {

    TelegramSettings {
        token = token == null ? "" : token.strip();
        username = username == null ? "" : username.strip().replaceFirst("^@", "");
        if (lanes < 1 || laneCapacity < 1) {
            throw new IllegalArgumentException("briefbot.telegram.lanes and lane-capacity must be at least 1");
        }
    }

    boolean hasUsername() {
        return !username.isEmpty();
    }

    /** The text with the token masked: for anything logged that might quote a request URL. */
    String redacted(String text) {
        return text == null || token.isEmpty() ? text : text.replace(token, "<token>");
    }

    @Override
    public String toString() {
        return "TelegramSettings[token=" + (token.isEmpty() ? "unset" : "<set>") + ", username=" + username
                + ", apiUrl=" + apiUrl + ", lanes=" + lanes + ", laneCapacity=" + laneCapacity
                + ", shutdownGrace=" + shutdownGrace + "]";
    }
}
