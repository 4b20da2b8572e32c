package dev.briefbot.telegram.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.chat.CommandLine;

/**
 * What a page button points back to, so the press can ask again and show another page: the command itself
 * ({@code p:2:/region Guangdong}), which survives restarts since answers are the same for the same library, or, for a
 * question too long for the button, the id of a question kept in memory ({@code q:2:Ab3dE-9z}).
 *
 * @param kind      {@link #COMMAND} or {@link #KEPT}
 * @param reference the command, or the kept question's id
 */
record PageLink(String kind, String reference) {

    static final String COMMAND = "p";
    static final String KEPT = "q";
    /** Pages are numbered from 1; three digits are far more than any answer has. */
    private static final Pattern DATA = Pattern.compile("([pq]):([1-9][0-9]{0,2}):(.+)", Pattern.DOTALL);
    private static final Pattern KEPT_ID = Pattern.compile("[A-Za-z0-9_-]{8}");

    /** A page button's data, read and checked: a command as strict as a suggestion button's, or a well-formed id. */
    record Press(PageLink link, int page) {
    }

    /**
     * The link for a question, if it fits in a button with any of its page numbers: a command of ours as a command,
     * other text as {@code /ask} text.
     */
    static Optional<PageLink> command(String question, int pages) {
        String command = CommandLine.parse(question).map(SuggestionButtons::spelled)
                .orElseGet(() -> "/ask " + question.strip());
        PageLink link = new PageLink(COMMAND, command);
        return link.fits(pages) && SuggestionButtons.command(command).isPresent() ? Optional.of(link)
                : Optional.empty();
    }

    static PageLink kept(String id) {
        return new PageLink(KEPT, id);
    }

    /** Whether the data of every page up to {@code pages} fits in a button. */
    boolean fits(int pages) {
        return data(pages).getBytes(StandardCharsets.UTF_8).length <= SuggestionButtons.DATA_LIMIT;
    }

    String data(int page) {
        return kind + ":" + page + ":" + reference;
    }

    /** A page button's data, never trusted: empty unless every part is as this bot writes it. */
    static Optional<Press> read(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > SuggestionButtons.DATA_LIMIT) {
            return Optional.empty();
        }
        Matcher matcher = DATA.matcher(data);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String kind = matcher.group(1);
        String reference = matcher.group(3);
        boolean valid = kind.equals(COMMAND) ? SuggestionButtons.command(reference).isPresent()
                : KEPT_ID.matcher(reference).matches();
        return valid ? Optional.of(new Press(new PageLink(kind, reference), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }
}
