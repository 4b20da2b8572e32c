package dev.briefbot.answer;

import java.util.List;
import java.util.Optional;

/**
 * What a name matched: one thing (confident), several close ones (ask "did you mean"), or nothing.
 *
 * @param candidates the things the name may mean, best first
 * @param edits      how many letters had to change to match: 0 when the name is exact
 */
record NameMatch<T>(List<T> candidates, int edits) {

    NameMatch {
        candidates = List.copyOf(candidates);
    }

    static <T> NameMatch<T> none() {
        return new NameMatch<>(List.of(), Integer.MAX_VALUE);
    }

    static <T> NameMatch<T> exactly(List<T> candidates) {
        return new NameMatch<>(candidates, 0);
    }

    /** Of two readings of one name, the one that needed fewer edits; on a tie, this one. */
    NameMatch<T> closerThan(NameMatch<?> other) {
        return edits <= other.edits() ? this : none();
    }

    Optional<T> confident() {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    boolean unsure() {
        return candidates.size() > 1;
    }

    boolean unknown() {
        return candidates.isEmpty();
    }
}
