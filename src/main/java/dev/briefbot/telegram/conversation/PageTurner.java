package dev.briefbot.telegram.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.AnswerPages;
import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.telegram.sending.BotApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Long answers a page at a time: page 1 is sent with a {@code ◀ Prev · 2/4 · Next ▶} row, and a press on that row asks
 * the same question again and edits the message in place to the page asked for. Nothing is kept per message: the
 * button carries the question (or, for a long one, the id of a question kept in {@link PagedQuestions}).
 */
public final class PageTurner {

    static final String PREVIOUS = "◀ Prev";
    static final String NEXT = "Next ▶";
    private static final Logger log = LoggerFactory.getLogger(PageTurner.class);

    private final ChatRouter router;
    private final TelegramHtmlRenderer renderer;
    private final AnswerPages pages;
    private final BotApi sender;
    private final PagedQuestions questions;
    private final DeepLinks links;

    public PageTurner(ChatRouter router, TelegramHtmlRenderer renderer, BotApi sender, PagedQuestions questions,
            DeepLinks links) {
        this.router = router;
        this.renderer = renderer;
        this.pages = new AnswerPages(renderer);
        this.sender = sender;
        this.questions = questions;
        this.links = links;
    }

    /** A press read and checked; the kept question of a page button is looked up for the chat it was pressed in. */
    ButtonReading read(String data, long chatId) {
        Optional<String> command = SuggestionButtons.command(data);
        if (command.isPresent()) {
            return ButtonReading.run(command.get());
        }
        return PageLink.read(data).map(press -> pressed(press, chatId))
                .orElseGet(() -> ButtonReading.refused(ButtonReading.NO_LONGER_WORKS));
    }

    private ButtonReading pressed(PageLink.Press press, long chatId) {
        if (press.link().kind().equals(PageLink.COMMAND)) {
            return ButtonReading.turn(press.link().reference(), press);
        }
        return questions.question(chatId, press.link().reference())
                .map(question -> ButtonReading.turn(question, press))
                .orElseGet(() -> ButtonReading.refused(ButtonReading.EXPIRED));
    }

    /**
     * Page 1 of a long answer, with its page row (and {@code share} above it); empty when the answer is short, or a
     * page would not fit one message (then the caller sends every part, and nothing is lost).
     */
    Optional<MessagePart> firstPage(ChatRequest request, Answer answer, List<InlineKeyboardRow> share) {
        List<Answer> all = pages.of(answer);
        List<String> shown = oneMessageEach(all);
        if (shown.size() < 2) {
            return Optional.empty();
        }
        PageLink link = PageLink.command(request.text(), shown.size())
                .orElseGet(() -> PageLink.kept(questions.keep(request.chatId(), request.text())));
        return Optional.of(new MessagePart(shown.get(0), keyboard(all.get(0), share, link, 1, shown.size())));
    }

    /** Asks again and edits the pressed message to the page asked for; past the end, the last page. */
    void turn(ChatRequest request, ButtonReading press, int messageId) {
        Optional<Answer> answer = router.reply(request);
        List<Answer> all = answer.map(pages::of).orElse(List.of());
        List<String> shown = oneMessageEach(all);
        if (shown.size() < 2) {
            log.debug("Chat {} message {}: the answer no longer pages", request.chatId(), messageId);
            return;
        }
        int at = Math.min(press.page(), shown.size());
        // the library may have been reloaded into more pages than the old link has room for
        PageLink link = press.link().fits(shown.size()) ? press.link()
                : PageLink.kept(questions.keep(request.chatId(), request.text()));
        List<InlineKeyboardRow> share = links.shareRow(router.askedAlone(request, answer.get()));
        sender.execute(EditMessageText.builder().chatId(request.chatId()).messageId(messageId)
                .text(shown.get(at - 1)).parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard(all.get(at - 1), share, link, at, shown.size())).build());
    }

    /** One message per page; none when there is one page, or a page would need several messages. */
    private List<String> oneMessageEach(List<Answer> all) {
        if (all.size() < 2) {
            return List.of();
        }
        List<String> shown = new ArrayList<>(all.size());
        for (Answer page : all) {
            List<String> messages = renderer.render(page);
            if (messages.size() != 1) {
                return List.of();
            }
            shown.add(messages.get(0));
        }
        return shown;
    }

    /** The page's suggestions, the share row, then the page row: it stays in one place as the pages turn. */
    private static InlineKeyboardMarkup keyboard(Answer page, List<InlineKeyboardRow> share, PageLink link, int at,
            int count) {
        List<InlineKeyboardRow> rows = new ArrayList<>(SuggestionButtons.rows(page.suggestions()));
        rows.addAll(share);
        rows.add(pageRow(link, at, count));
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** {@code ◀ Prev · 2/4 · Next ▶}; the counter shows this page again: Telegram finds nothing to change. */
    static InlineKeyboardRow pageRow(PageLink link, int at, int count) {
        List<InlineKeyboardButton> row = new ArrayList<>(3);
        if (at > 1) {
            row.add(button(PREVIOUS, link.data(at - 1)));
        }
        row.add(button(at + "/" + count, link.data(at)));
        if (at < count) {
            row.add(button(NEXT, link.data(at + 1)));
        }
        return new InlineKeyboardRow(row);
    }

    private static InlineKeyboardButton button(String label, String data) {
        return InlineKeyboardButton.builder().text(label).callbackData(data).build();
    }
}
