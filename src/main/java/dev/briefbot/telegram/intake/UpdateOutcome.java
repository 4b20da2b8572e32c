package dev.briefbot.telegram.intake;

import java.util.Locale;

/** How the bot's handling of one update ended: for its log line and the metrics. */
public enum UpdateOutcome {
    /** The answer went out (for a button, its notice or the page it turned). */
    ANSWERED,
    /** Not for the bot: group chatter, another bot's command, an update kind it does not read. */
    IGNORED,
    /** The asker is over the flood limit and was told, once, to slow down. */
    SLOWED_DOWN,
    /** The asker is over the flood limit and was already told: nothing sent. */
    FLOOD_DROPPED,
    /** An answer was made but Telegram did not take it (the sender has logged why). */
    UNDELIVERED,
    /** A change of the bot's membership or of a chat's id, taken note of. */
    NOTED,
    /** The handler failed with an exception (logged with it). */
    FAILED,
    /** Never handled: its lane stayed full, or the bot was stopping. */
    DROPPED;

    /** As a metric tag and in the log: {@code flood_dropped}. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
