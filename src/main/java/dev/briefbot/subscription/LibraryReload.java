package dev.briefbot.subscription;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.briefbot.answer.Answers;
import dev.briefbot.answer.CurrentLibrary;
import dev.briefbot.brief.BriefbotSettings;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import dev.briefbot.subscription.OutboxStore.RecordedVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Takes in a new version of the seeds folder: validated first (a refused folder keeps the old library and the
 * operators hear why), then compared with the last version the outbox recorded; a version not yet recorded is
 * recorded with the ids it holds and the notifications it brings, in one transaction, and only then are the new
 * answers published. Comparing with the recorded version, not the one in memory, is what lets a start-up catch up
 * on briefs copied in while the bot was stopped.
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

    // how often a reload compares again after another bot recorded a version first; more means something is wrong
    private static final int RACES = 3;

    private final LibraryLoader loader;
    private final BriefbotSettings settings;
    private final CurrentLibrary current;
    private final SubscriptionStore subscriptions;
    private final OutboxStore outbox;
    private final NotificationChannel channel;
    private final Consumer<String> operators;

    /**
     * @param channel   where the notifications go, which renders them
     * @param operators told, in plain text, why a new version was refused
     */
    public LibraryReload(LibraryLoader loader, BriefbotSettings settings, CurrentLibrary current,
            SubscriptionStore subscriptions, OutboxStore outbox, NotificationChannel channel,
            Consumer<String> operators) {
        this.loader = loader;
        this.settings = settings;
        this.current = current;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.channel = channel;
        this.operators = operators;
    }

    /**
     * At start-up, once the folder is watched: reads it again, so a brief copied in while the bot was stopped (or
     * while it was starting) reaches its subscribers as a reload would bring it. The first boot records the seeds
     * without a notification: subscribers hear of what comes after, not the whole seed.
     */
    public Outcome catchUp() {
        return reload();
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
        int notifications = recordIfNew(next, answers);
        current.publish(answers);
        log.info("Library taken in from {}: {} briefs, {} notifications queued", settings.seedsDir(),
                next.briefs().size(), notifications);
        return new Outcome.Taken(next.briefs().size(), notifications);
    }

    private int recordIfNew(Library next, Answers answers) {
        for (int race = 1; ; race++) {
            try {
                return recordIfNew(next, answers, outbox.lastVersion());
            } catch (DuplicateKeyException recordedElsewhere) {
                // another bot sharing the database recorded a version first: compare with that one instead
                if (race == RACES) {
                    throw recordedElsewhere;
                }
                log.info("Another BriefBot recorded a library version first; comparing with it");
            }
        }
    }

    private int recordIfNew(Library next, Answers answers, Optional<RecordedVersion> last) {
        boolean recorded = last.map(RecordedVersion::fingerprint).filter(LibraryChange.fingerprint(next)::equals)
                .isPresent();
        if (recorded && last.get().ids().isPresent()) {
            return 0;
        }
        // the same version recorded without its ids is recorded again with them, so the next change can be told
        LibraryChange change = recorded ? LibraryChange.nothingNew(next) : changeSince(last, next);
        List<OutboxStore.Notification> notifications = new Notifications(answers, channel)
                .of(change, subscriptions.all()).stream().map(Notifications.Notice::notification).toList();
        outbox.recordVersion(change, last, notifications);
        return notifications.size();
    }

    /** What {@code next} brings over the last recorded version; nothing, when that cannot be known. */
    private static LibraryChange changeSince(Optional<RecordedVersion> last, Library next) {
        if (last.isEmpty()) {
            return LibraryChange.nothingNew(next);
        }
        Optional<Set<String>> ids = last.get().ids();
        if (ids.isEmpty()) {
            log.warn("The last library version was recorded before versions kept what they hold, so what seeds/ "
                    + "brought since cannot be known: it is taken in without notifying subscribers");
            return LibraryChange.nothingNew(next);
        }
        return LibraryChange.since(ids.get(), next);
    }

    private Outcome refuse(RuntimeException refused) {
        String reason = refused.getMessage();
        log.warn("New library version refused, the previous one stays in use: {}", reason);
        operators.accept("The new library version was refused; the bot keeps answering from the previous one.\n\n"
                + reason);
        return new Outcome.Refused(reason);
    }
}
