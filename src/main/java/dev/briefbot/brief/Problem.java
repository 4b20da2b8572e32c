package dev.briefbot.brief;

/**
 * One thing wrong with a seed or config file, as an operator fixes it: where, what, and what to do.
 *
 * @param file   the file, as the loader was pointed at it, e.g. {@code seeds/2024-01-28-sample.yaml}
 * @param entry  the entry it is in, e.g. {@code proposal 'xia-jun-medicine'}; empty for the whole file
 * @param reason what is wrong, e.g. {@code person 'nobody' is not among this brief's people}
 * @param fix    what to do about it, e.g. {@code use the id of an entry under 'people'}; empty where the reason
 *               says it all
 */
public record Problem(String file, String entry, String reason, String fix) {

    private static final String CLAUSE = "; ";
    private static final String SENTENCE = ". ";

    /**
     * Splits a message as the checks write it: "reason; fix", or "Reason. More reason. Fix." where the last sentence
     * is the fix.
     */
    static Problem of(Object file, String entry, String message) {
        String text = message.strip();
        int clause = text.indexOf(CLAUSE);
        if (clause > 0) {
            return new Problem(String.valueOf(file), entry, text.substring(0, clause),
                    text.substring(clause + CLAUSE.length()));
        }
        int sentence = text.lastIndexOf(SENTENCE);
        if (sentence > 0 && Character.isUpperCase(text.charAt(sentence + SENTENCE.length()))) {
            return new Problem(String.valueOf(file), entry, text.substring(0, sentence + 1),
                    text.substring(sentence + SENTENCE.length()));
        }
        return new Problem(String.valueOf(file), entry, text, "");
    }

    /** The reason and the fix, as the checks wrote them. */
    public String text() {
        if (fix.isEmpty()) {
            return reason;
        }
        return reason + (reason.endsWith(".") ? " " : CLAUSE) + fix;
    }

    /** The problem without its file: {@code proposal 'x', person 'nobody' is not among …; use …}. */
    public String inFile() {
        return entry.isEmpty() ? text() : entry + ", " + text();
    }

    /** One line naming the file, the entry and what to fix: how {@code --check} prints it. */
    public String line() {
        return file + ": " + inFile();
    }
}
