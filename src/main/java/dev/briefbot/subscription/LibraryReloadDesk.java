package dev.briefbot.subscription;

import java.util.List;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.OperatorDesk;
import dev.briefbot.subscription.LibraryReload.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /reload}: an operator takes in the seeds folder now, and hears what came of it; anyone else is told no. */
final class LibraryReloadDesk implements OperatorDesk {

    static final String OPERATORS_ONLY = "Only the bot's operators can reload the library.";

    private static final Logger log = LoggerFactory.getLogger(LibraryReloadDesk.class);

    private final LibraryReload reload;
    private final Operators operators;

    LibraryReloadDesk(LibraryReload reload, Operators operators) {
        this.reload = reload;
        this.operators = operators;
    }

    @Override
    public boolean operates(ChatRequest request) {
        return request.chatType() == dev.briefbot.chat.ChatType.PRIVATE && operators.includes(request.senderId());
    }

    @Override
    public Answer reload(ChatRequest request) {
        if (!operators.includes(request.senderId())) {
            return Answer.of(OPERATORS_ONLY);
        }
        Outcome outcome;
        try {
            outcome = reload.reload();
        } catch (RuntimeException failure) {
            log.error("The library could not be reloaded", failure);
            return Answer.of("The library could not be reloaded: the database did not answer. The bot keeps the "
                    + "previous library; try /reload again in a moment.");
        }
        if (outcome instanceof Outcome.Taken taken) {
            return Answer.of("Library reloaded: " + taken.briefs() + " briefs, " + taken.notifications()
                    + " notifications queued.");
        }
        return Answer.of("The new library version was refused; the bot keeps the previous one.")
                .withNotes(List.of(((Outcome.Refused) outcome).reason()));
    }
}
