package dev.briefbot.telegram;

import java.net.URI;
import java.time.Duration;

import dev.briefbot.telegram.sending.SendLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How BriefBot reaches Telegram. config/application.yml fills the first three from the environment. Validated as it
 * is bound: a bad value stops start-up with Boot's report naming the property and what it accepts. The token has no
 * constraint on purpose: that report quotes the refused value.
 *
 * @param token         the bot token from TELEGRAM_BOT_TOKEN; a secret: never printed, not even by {@link #toString}
 * @param username      the bot's username from TELEGRAM_BOT_USERNAME; blank means ask Telegram ({@code getMe})
 * @param apiUrl        the Bot API server from TELEGRAM_API_URL: Telegram's, a local Bot API server, or a test fake
 * @param mode          how updates arrive: {@code polling} (the default) or {@code webhook}, in any case
 * @param lanes         threads answering chats in parallel; one chat always uses the same lane, so stays in order
 * @param laneCapacity  updates that may wait in one lane before polling slows down to let it catch up
 * @param shutdownGrace how long a stopping bot waits for the lanes to finish the updates they hold
 * @param limits        how fast the bot sends, and how persistently ({@code briefbot.telegram.limits.*})
 * @param flood         how much one user may ask ({@code briefbot.telegram.flood.*})
 */
@ConfigurationProperties("briefbot.telegram")
@Validated
record TelegramSettings(
        @DefaultValue("") String token,
        @Pattern(regexp = "[A-Za-z0-9_]*", message = "must be a Telegram username: letters, digits and _, e.g. "
                + "BriefBot; or empty to ask Telegram")
        @DefaultValue("") String username,
        @NotNull(message = "must be the Bot API server's URL, e.g. https://api.telegram.org")
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull(message = "must be polling or webhook") @DefaultValue("polling") Mode mode,
        @Min(value = 1, message = "must be at least 1 (chats answered in parallel, e.g. 8)")
        @DefaultValue("8") int lanes,
        @Min(value = 1, message = "must be at least 1 (updates that may wait in one lane, e.g. 100)")
        @DefaultValue("100") int laneCapacity,
        @NotNull(message = "must be a duration of zero or more, e.g. 10s")
        @DurationMin(message = "must be a duration of zero or more, e.g. 10s")
        @DefaultValue("10s") Duration shutdownGrace,
        @Valid @DefaultValue Limits limits,
        @Valid @DefaultValue Flood flood) {

    /** How updates reach the bot; Boot binds {@code polling}, {@code POLLING} or {@code Polling} alike. */
    enum Mode {
        /** The bot asks Telegram for updates (getUpdates): no public address needed. */
        POLLING,
        /** Telegram posts updates to the bot's webhook (briefbot.telegram.webhook.*): needs a public HTTPS URL. */
        WEBHOOK
    }

    TelegramSettings {
        token = token == null ? "" : token.strip();
        username = username == null ? "" : username.strip().replaceFirst("^@", "");
    }

    /**
     * Telegram's send limits, as the sender keeps them; the defaults are Telegram's documented limits.
     *
     * @param globalPerSecond messages a second from the whole bot (Telegram: about 30)
     * @param chatPerSecond   messages a second to one chat (Telegram: 1, short bursts tolerated)
     * @param chatBurst       messages one chat may receive at once before the per-second pace applies
     * @param groupPerMinute  messages a minute to one group (Telegram: 20)
     * @param maxTries        tries of one call, the first included, after a server or network error
     * @param firstBackoff    the wait before the second try; it doubles for each try after
     */
    record Limits(
            @Min(value = 1, message = "must be at least 1 (messages a second from the whole bot; Telegram allows "
                    + "about 30)")
            @DefaultValue("30") int globalPerSecond,
            @Min(value = 1, message = "must be at least 1 (messages a second to one chat; Telegram allows 1)")
            @DefaultValue("1") int chatPerSecond,
            @Min(value = 1, message = "must be at least 1 (messages one chat may get at once, e.g. 3)")
            @DefaultValue("3") int chatBurst,
            @Min(value = 1, message = "must be at least 1 (messages a minute to one group; Telegram allows 20)")
            @DefaultValue("20") int groupPerMinute,
            @Min(value = 1, message = "must be at least 1 (tries of one call, the first included, e.g. 5)")
            @DefaultValue("5") int maxTries,
            @NotNull(message = "must be a duration of zero or more, e.g. 500ms or 1s")
            @DurationMin(message = "must be a duration of zero or more, e.g. 500ms or 1s")
            @DefaultValue("500ms") Duration firstBackoff) {

        /** The sender's limits in real time. */
        SendLimits sendLimits() {
            return new SendLimits(globalPerSecond, chatPerSecond, chatBurst, groupPerMinute, maxTries, firstBackoff,
                    1);
        }
    }

    /**
     * The flood guard.
     *
     * @param perMinute requests one user may make in a minute (commands and questions the bot answers, button
     *                  presses; not inline queries); past it the user is told once to slow down. 0 turns it off.
     */
    record Flood(
            @Min(value = 0, message = "must be 0 or more (requests one user may make a minute, e.g. 20; 0 turns the "
                    + "flood guard off)")
            @DefaultValue("20") int perMinute) {
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
                + ", apiUrl=" + apiUrl + ", mode=" + mode + ", lanes=" + lanes + ", laneCapacity=" + laneCapacity
                + ", shutdownGrace=" + shutdownGrace + ", limits=" + limits + ", flood=" + flood + "]";
    }
}
