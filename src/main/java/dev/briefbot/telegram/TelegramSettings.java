package dev.briefbot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

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
 * @param limits        how fast the bot sends, and how persistently ({@code briefbot.telegram.limits.*})
 * @param flood         how much one user may ask ({@code briefbot.telegram.flood.*})
 */
@ConfigurationProperties("briefbot.telegram")
record TelegramSettings(
        @DefaultValue("") String token,
        @DefaultValue("") String username,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue("8") int lanes,
        @DefaultValue("100") int laneCapacity,
        @DefaultValue("10s") Duration shutdownGrace,
        @DefaultValue Limits limits,
        @DefaultValue Flood flood) {

    TelegramSettings {
        token = token == null ? "" : token.strip();
        username = username == null ? "" : username.strip().replaceFirst("^@", "");
        if (lanes < 1 || laneCapacity < 1) {
            throw new IllegalArgumentException("briefbot.telegram.lanes and lane-capacity must be at least 1");
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(flood, "flood");
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
            @DefaultValue("30") int globalPerSecond,
            @DefaultValue("1") int chatPerSecond,
            @DefaultValue("3") int chatBurst,
            @DefaultValue("20") int groupPerMinute,
            @DefaultValue("5") int maxTries,
            @DefaultValue("500ms") Duration firstBackoff) {

        Limits {
            atLeastOne("global-per-second", globalPerSecond, "messages a second; Telegram allows about 30");
            atLeastOne("chat-per-second", chatPerSecond, "messages a second to one chat; Telegram allows 1");
            atLeastOne("chat-burst", chatBurst, "messages one chat may get at once, e.g. 3");
            atLeastOne("group-per-minute", groupPerMinute, "messages a minute to one group; Telegram allows 20");
            atLeastOne("max-tries", maxTries, "tries of one call, the first included, e.g. 5");
            if (firstBackoff == null || firstBackoff.isNegative()) {
                throw new IllegalArgumentException("briefbot.telegram.limits.first-backoff must be a duration of "
                        + "zero or more, e.g. 500ms or 1s; got " + firstBackoff);
            }
        }

        /** The sender's limits in real time. */
        SendLimits sendLimits() {
            return new SendLimits(globalPerSecond, chatPerSecond, chatBurst, groupPerMinute, maxTries, firstBackoff,
                    1);
        }

        private static void atLeastOne(String property, int value, String accepts) {
            if (value < 1) {
                throw new IllegalArgumentException("briefbot.telegram.limits." + property + " must be a whole number "
                        + "of at least 1 (" + accepts + "); got " + value);
            }
        }
    }

    /**
     * The flood guard.
     *
     * @param perMinute requests one user may make in a minute (commands and questions the bot answers, button
     *                  presses; not inline queries); past it the user is told once to slow down. 0 turns it off.
     */
    record Flood(@DefaultValue("20") int perMinute) {

        Flood {
            if (perMinute < 0) {
                throw new IllegalArgumentException("briefbot.telegram.flood.per-minute must be a whole number of 0 "
                        + "or more (requests one user may make a minute; 0 turns the flood guard off); got "
                        + perMinute);
            }
        }

        boolean isOff() {
            return perMinute == 0;
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
                + ", shutdownGrace=" + shutdownGrace + ", limits=" + limits + ", flood=" + flood + "]";
    }
}
