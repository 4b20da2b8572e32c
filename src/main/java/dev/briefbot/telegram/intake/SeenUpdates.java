package dev.briefbot.telegram.intake;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;

/** The last update ids seen, so an update delivered twice is answered once; past the bound the oldest go first. */
final class SeenUpdates {

    private final Map<Integer, Boolean> seen;

    SeenUpdates(int remembered) {
        // eviction runs on the calling thread: a bound that holds at once, and no pool thread per lane
        this.seen = Caffeine.newBuilder().maximumSize(remembered).executor(Runnable::run).<Integer, Boolean>build()
                .asMap();
    }

    /** Whether the id came before, without counting this look as its coming. */
    boolean wasSeen(int updateId) {
        return seen.containsKey(updateId);
    }

    /** The id was taken but could not be handled: when it comes again it is new. */
    void forget(int updateId) {
        seen.remove(updateId);
    }

    /** True the first time an id comes, false after. */
    boolean isNew(int updateId) {
        return seen.putIfAbsent(updateId, Boolean.TRUE) == null;
    }
}
