package dev.briefbot.subscription;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The Telegram users in BRIEFBOT_ADMIN_IDS: they may /reload, and hear when a new library version is refused. */
record Operators(Set<Long> ids) {

    Operators {
        ids = Set.copyOf(ids);
    }

    /** From a comma-separated list of user ids; blanks are skipped, anything else is refused at start-up. */
    static Operators of(String list) {
        try {
            return new Operators(Arrays.stream(list.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                    .map(Long::valueOf).collect(Collectors.toSet()));
        } catch (NumberFormatException notAnId) {
            throw new IllegalStateException("briefbot.admin-ids (BRIEFBOT_ADMIN_IDS) must be Telegram user ids "
                    + "separated by commas, e.g. 12345,67890; found \"" + list + "\"");
        }
    }

    boolean includes(long userId) {
        return ids.contains(userId);
    }
}
