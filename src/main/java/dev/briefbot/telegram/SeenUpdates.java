package dev.briefbot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/** The last update ids seen, so an update delivered twice is answered once; the oldest are forgotten. */
final class SeenUpdates {

    private final Map<Integer, Boolean> seen;

    SeenUpdates(int remembered) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                return size() > remembered;
            }
        };
    }

    /** Whether the id came before, without counting this look as its coming. */
    synchronized boolean wasSeen(int updateId) {
        return seen.containsKey(updateId);
    }

    /** The id was taken but could not be handled: when it comes again it is new. */
    synchronized void forget(int updateId) {
        seen.remove(updateId);
    }

    /** True the first time an id comes, false after. */
    synchronized boolean isNew(int updateId) {
        return seen.putIfAbsent(updateId, Boolean.TRUE) == null;
    }
}
