package dev.briefbot.brief;

import java.util.List;

/**
 * A brief that failed its checks and was left out of the library, so that the others load and answer.
 *
 * @param id       the brief's id, its file name without extension
 * @param file     the file the problems are in, as the loader was pointed at it (the {@code .yaml}, usually)
 * @param problems each problem, with its entry, reason and fix; at least one
 */
public record SetAside(String id, String file, List<Problem> problems) {

    public SetAside {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a brief is set aside for at least one problem");
        }
    }

    /** Why, as one message: the file and its problem, or the file and a list of up to ten problems. */
    public String reason() {
        return Problems.message(file, problems);
    }
}
