package dev.briefbot.telegram;

import java.util.Locale;

import dev.briefbot.chat.ChatRequest;
import dev.briefbot.subscription.LibraryReload;
import dev.briefbot.subscription.LibraryReload.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /reload}: an operator takes in the seeds folder now, and hears what came of it; anyone else is told no. */
final class ReloadCommand {

    private static final Logger log = LoggerFactory.getLogger(ReloadCommand.class);

    static final String OPERATORS_ONLY = "Only the bot's operators can reload the library.";

    private final LibraryReload reload;
    private final Operators operators;

    ReloadCommand(LibraryReload reload, Operators operators) {
        this.reload = reload;
        this.operators = operators;
    }

    /** Whether the message is /reload, or /reload@ this bot (in a group another bot's /reload is not ours). */
    static boolean isReload(String text, String botUsername) {
        String first = text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return first.equals("/reload") || first.equals("/reload@" + botUsername.toLowerCase(Locale.ROOT));
    }

    /** The reply as Telegram HTML, within its 4096 characters: a loader message names paths and may be long. */
    static String html(String text) {
        String shown = text.length() > 3500 ? text.substring(0, 3500) + "…" : text;
        return shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The reply, as plain text. */
    String run(ChatRequest request) {
        if (!operators.includes(request.senderId())) {
            return OPERATORS_ONLY;
        }
        Outcome outcome;
        try {
            outcome = reload.reload();
        } catch (RuntimeException failure) {
            log.error("The library could not be reloaded", failure);
            return "The library could not be reloaded: the database did not answer. The bot keeps the previous "
                    + "library; try /reload again in a moment.";
        }
        if (outcome instanceof Outcome.Taken taken) {
            return "Library reloaded: " + taken.briefs() + " briefs, " + taken.notifications()
                    + " notifications queued.";
        }
        return "The new library version was refused; the bot keeps the previous one.\n\n"
                + ((Outcome.Refused) outcome).reason();
    }
}
