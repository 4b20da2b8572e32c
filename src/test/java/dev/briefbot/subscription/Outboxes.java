package dev.briefbot.subscription;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Notifications put in the outbox as a library version brings them, for the tests that send or claim them. */
public final class Outboxes {

    private Outboxes() {
    }

    /**
     * Records a library version named {@code version} after the last one recorded, holding only its name, with these
     * notifications: what a reload that brings them writes, in one transaction.
     */
    public static long queue(OutboxStore outbox, String version, List<OutboxStore.Notification> notifications) {
        LibraryChange change = new LibraryChange(version, 1, new TreeSet<>(Set.of(version)), List.of(), List.of());
        return outbox.recordVersion(change, outbox.lastVersion(), notifications);
    }
}
