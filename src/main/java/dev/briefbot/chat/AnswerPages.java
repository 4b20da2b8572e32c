package dev.briefbot.chat;

import java.util.ArrayList;
import java.util.List;

import dev.briefbot.answer.Answer;

/**
 * A long answer as pages a chat shows one at a time, so a busy group gets one message rather than a wall. An answer
 * pages when a phone would show more than {@link #SCREEN_CHARS} of it before any tap (long quotes are expandable and
 * count as their first lines), when its HTML is longer than {@link #PAGE_CHARS}, or when it has more than
 * {@link #SUGGESTIONS_PER_PAGE} suggestions.
 * <p>
 * Each page is an answer of its own: the headline and notes on every page (they say what the list is), up to
 * {@link #ITEMS_PER_PAGE} items that stay within {@link #PAGE_CHARS} once rendered, and the source lines of those
 * items, so every quote keeps its source on the page that shows it. Up to {@link #SUGGESTIONS_PER_PAGE} suggestions
 * appear on every page, so the follow-ups are there wherever a reader stops; more are split across the pages.
 */
public final class AnswerPages {

    /** The first screen: about what a phone shows without scrolling, the headline and a person or two. */
    public static final int SCREEN_CHARS = 1200;
    /** The HTML of a page, well inside Telegram's 4096: room for the markup around the visible text. */
    public static final int PAGE_CHARS = 3000;
    public static final int ITEMS_PER_PAGE = 5;
    /** Five rows of two buttons. */
    public static final int SUGGESTIONS_PER_PAGE = 10;

    private final TelegramHtmlRenderer renderer;

    public AnswerPages(TelegramHtmlRenderer renderer) {
        this.renderer = renderer;
    }

    /** The answer's pages, in order; a single page (the answer itself) when it is short. */
    public List<Answer> of(Answer answer) {
        if (fitsOnePage(answer)) {
            return List.of(answer);
        }
        List<List<Answer.Item>> items = itemPages(answer);
        int count = Math.max(items.size(), suggestionPageCount(answer.suggestions()));
        List<Answer> pages = new ArrayList<>(count);
        for (int page = 0; page < count; page++) {
            pages.add(new Answer(answer.headline(), slice(items, page), answer.notes(),
                    suggestionsOn(answer.suggestions(), page)));
        }
        return pages;
    }

    private boolean fitsOnePage(Answer answer) {
        return answer.suggestions().size() <= SUGGESTIONS_PER_PAGE && fits(answer);
    }

    private boolean fits(Answer answer) {
        return length(answer) <= PAGE_CHARS && renderer.visibleLength(answer) <= SCREEN_CHARS;
    }

    /**
     * Items packed greedily, at least one a page, so an oversized item still gets a page of its own. Each item is
     * measured once, with its source line: items sharing a source count it twice, so a page may end early, never
     * late.
     */
    private List<List<Answer.Item>> itemPages(Answer answer) {
        List<List<Answer.Item>> pages = new ArrayList<>();
        List<Answer.Item> current = new ArrayList<>();
        for (Answer.Item item : answer.items()) {
            List<Answer.Item> with = new ArrayList<>(current);
            with.add(item);
            if (!current.isEmpty() && (current.size() >= ITEMS_PER_PAGE || !fits(frame(answer, with)))) {
                pages.add(List.copyOf(current));
                current.clear();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            pages.add(List.copyOf(current));
        }
        return pages;
    }

    /** What every page shows around its items: the headline and the notes. */
    private static Answer frame(Answer answer, List<Answer.Item> items) {
        return new Answer(answer.headline(), items, answer.notes(), List.of());
    }

    private static int suggestionPageCount(List<Answer.Suggestion> suggestions) {
        return suggestions.size() <= SUGGESTIONS_PER_PAGE ? 1
                : (suggestions.size() + SUGGESTIONS_PER_PAGE - 1) / SUGGESTIONS_PER_PAGE;
    }

    /** Few suggestions go on every page; many are shared out, a keyboard's worth a page. */
    private static List<Answer.Suggestion> suggestionsOn(List<Answer.Suggestion> suggestions, int page) {
        if (suggestions.size() <= SUGGESTIONS_PER_PAGE) {
            return suggestions;
        }
        int start = page * SUGGESTIONS_PER_PAGE;
        return start < suggestions.size()
                ? suggestions.subList(start, Math.min(start + SUGGESTIONS_PER_PAGE, suggestions.size())) : List.of();
    }

    private static <T> List<T> slice(List<List<T>> pages, int page) {
        return page < pages.size() ? pages.get(page) : List.of();
    }

    /** The rendered length: raw HTML, never shorter than what Telegram counts. */
    private int length(Answer answer) {
        List<String> messages = renderer.render(answer);
        return messages.stream().mapToInt(String::length).sum() + (messages.size() - 1) * 2;
    }
}
