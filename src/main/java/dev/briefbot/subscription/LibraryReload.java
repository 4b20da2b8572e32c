package dev.briefbot.subscription;

import java.util.List;
import java.util.function.Consumer;

import dev.briefbot.answer.Answers;
import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.BriefbotSettings;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in a new version of the seeds folder: validated first (a refused folder keeps the old library and the
 * operators hear why), then compared with the library in use; a version the outbox has not recorded is recorded with
 * the notifications it brings, in one transaction, and only then are the new answers published.
 */
public final class LibraryReload {

    /** What a reload did, for the operator who asked. */
    public sealed interface Outcome {

        /** The new version is in use; {@code notifications} went into the outbox (0 if it was already recorded). */
        record Taken(int briefs, int notifications) implements Outcome {
        }

        /** The folder failed its checks: the old library stays. */
        record Refused(String reason) implements Outcome {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LibraryReload.class);

    private final LibraryLoader loader;
    private final BriefbotSettings settings;
    private final CurrentLibrary current;
    private final SubscriptionStore subscriptions;
    private final OutboxStore outbox;
    private final Consumer<String> operators;

    /** @param operators told, in plain text, why a new version was refused */
    public LibraryReload(LibraryLoader loader, BriefbotSettings settings, CurrentLibrary current,
            SubscriptionStore subscriptions, OutboxStore outbox, Consumer<String> operators) {
        this.loader = loader;
        this.settings = settings;
        this.current = current;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.operators = operators;
    }

    /** The first boot records the seeds as they are: subscribers hear of what comes after, not the whole seed. */
    public void recordFirstVersion() {
        if (outbox.lastFingerprint().isEmpty()) {
            Library library = current.library();
            outbox.recordVersion(LibraryChange.fingerprint(library), library.briefs().size(), List.of());
        }
    }

    // one reload at a time: the watcher and /reload must not record the same version twice
    public synchronized Outcome reload() {
        Library next;
        try {
            next = loader.load(settings.seedsDir(), settings.configDir());
        } catch (RuntimeException refused) {
            return refuse(refused);
        }
        Answers answers = Answers.of(next);
        int notifications = recordIfNew(LibraryChange.between(current.library(), next), answers);
        current.publish(answers);
        log.info("Library reloaded from {}: {} briefs, {} notifications queued", settings.seedsDir(),
                next.briefs().size(), notifications);
        return new Outcome.Taken(next.briefs().size(), notifications);
    }

    private int recordIfNew(LibraryChange change, Answers answers) {
        if (outbox.lastFingerprint().filter(change.fingerprint()::equals).isPresent()) {
            return 0;
        }
        List<OutboxStore.Notification> notifications = new Notifications(answers).of(change, subscriptions.all())
                .stream().map(Notifications.Notice::notification).toList();
        outbox.recordVersion(change.fingerprint(), change.briefs(), notifications);
        return notifications.size();
    }

    private Outcome refuse(RuntimeException refused) {
        String reason = refused.getMessage();
        log.warn("New library version refused, the previous one stays in use: {}", reason);
        operators.accept("The new library version was refused; the bot keeps answering from the previous one.\n\n"
                + reason);
        return new Outcome.Refused(reason);
    }
}
