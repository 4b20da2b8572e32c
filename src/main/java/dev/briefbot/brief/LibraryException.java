package dev.briefbot.brief;

/** A brief or a reference file that cannot be used; the message names the file, the entry and what to fix. */
public class LibraryException extends RuntimeException {

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
