package dev.briefbot.brief;

import java.util.List;

/**
 * A brief or a reference file that cannot be used; the message names the file, the entry and what to fix, and
 * {@link #problems()} gives the same one by one.
 */
public class LibraryException extends RuntimeException {

    private final List<Problem> problems;

    /** @param message {@code file: what is wrong; what to fix} */
    public LibraryException(String message) {
        this(message, null);
    }

    public LibraryException(String message, Throwable cause) {
        this(List.of(parse(message)), message, cause);
    }

    LibraryException(List<Problem> problems, String message, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** One problem of {@code file}: {@code entry} may be empty, {@code message} is "reason; fix". */
    static LibraryException in(Object file, String entry, String message, Throwable cause) {
        Problem problem = Problem.of(file, entry, message);
        return new LibraryException(List.of(problem), problem.line(), cause);
    }

    /** Each problem found, with its file, entry, reason and fix. */
    public List<Problem> problems() {
        return problems;
    }

    private static Problem parse(String message) {
        String text = message == null ? "" : message;
        int file = text.indexOf(": ");
        return file > 0 ? Problem.of(text.substring(0, file), "", text.substring(file + 2)) : Problem.of("", "", text);
    }
}
