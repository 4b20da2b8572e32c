package dev.briefbot.document;

/**
 * A document whose article cannot be taken: not what its name says, damaged, protected, or without text. The message
 * is for the person who sent it: it says what was wrong and what to send instead, and names no file on the server.
 */
public final class UnreadableDocument extends Exception {

    public UnreadableDocument(String message) {
        super(message, null, false, false);
    }
}
