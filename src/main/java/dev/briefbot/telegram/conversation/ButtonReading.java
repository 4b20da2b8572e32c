package dev.briefbot.telegram.conversation;

/**
 * A button press as read from its callback data: a command to run (a suggestion), a page to show (a page button), or
 * a refusal, with the notice the presser sees.
 *
 * @param text   what to ask the chat: a command, or a kept question; null when refused
 * @param page   the page to show, from 1; 0 for a suggestion, whose answer is a new message
 * @param link   what the page buttons point back to; null unless a page is turned
 * @param notice the callback answer's text; null when the press simply works
 */
record ButtonReading(String text, int page, PageLink link, String notice) {

    static final String NO_LONGER_WORKS = "This button no longer works: send the command instead.";
    static final String EXPIRED = "This button has expired: send the question again.";

    static ButtonReading run(String command) {
        return new ButtonReading(command, 0, null, null);
    }

    static ButtonReading turn(String question, PageLink.Press press) {
        return new ButtonReading(question, press.page(), press.link(), null);
    }

    static ButtonReading refused(String notice) {
        return new ButtonReading(null, 0, null, notice);
    }

    boolean isRefused() {
        return text == null;
    }

    boolean turnsPage() {
        return page > 0;
    }
}
