package dev.briefbot.telegram.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.answer.Finding;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.telegram.intake.TelegramUpdate;
import dev.briefbot.telegram.sending.BotApi;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * Inline mode: "@BriefBot shenzhen" typed in any chat offers the regions, people and proposals it may mean, each an
 * article whose message is the answer the chat would get, in the same HTML. Asked at every keystroke, so it does
 * no more than one lookup and no flood guard counts it; Telegram caches the results, which change only on reload.
 */
public final class InlineAnswers {

    /** The library is immutable between reloads: five minutes of Telegram's cache costs little staleness. */
    public static final int CACHE_SECONDS = 300;
    /** Telegram's limits: 50 results an answer, result ids of 1-64 bytes, queries of 256 characters. */
    public static final int MAX_RESULTS = 50;
    public static final int MAX_ID_BYTES = 64;
    public static final int LONGEST_QUERY = 256;
    /** Where the results' button leads: a private chat with the bot, opened with /start. */
    public static final String START_PARAMETER = "inline";

    private static final int LONGEST_TITLE = 100;
    private static final int LONGEST_DESCRIPTION = 200;
    private static final InlineQueryResultsButton HOW_TO_ASK = InlineQueryResultsButton.builder()
            .text("Ask BriefBot in a private chat").startParameter(START_PARAMETER).build();

    private final Supplier<Answers> answers;
    private final TelegramHtmlRenderer renderer;
    private final BotApi sender;
    private final Supplier<String> botUsername;
    private final DeepLinks links;

    /** @param answers the current answers: a supplier, because the library can be reloaded under us */
    public InlineAnswers(Supplier<Answers> answers, TelegramHtmlRenderer renderer, BotApi sender,
            Supplier<String> botUsername) {
        this.answers = answers;
        this.renderer = renderer;
        this.sender = sender;
        this.botUsername = botUsername;
        this.links = new DeepLinks(botUsername);
    }

    /** Answers the query with what it may mean; nothing found is an empty list, which Telegram shows as such. */
    void answer(TelegramUpdate.InlineQuery query) {
        List<InlineQueryResultArticle> articles = articles(answers.get().lookup(typed(query.query())));
        sender.execute(AnswerInlineQuery.builder()
                .inlineQueryId(query.queryId())
                .results(articles)
                .cacheTime(CACHE_SECONDS)
                .isPersonal(false)
                .button(HOW_TO_ASK)
                .build());
    }

    /** One article per finding, in their order, ids unique, at most Telegram's 50. */
    List<InlineQueryResultArticle> articles(List<Finding> findings) {
        Map<String, InlineQueryResultArticle> byId = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String id = resultId(finding.key());
            if (byId.size() < MAX_RESULTS && !byId.containsKey(id)) {
                byId.put(id, article(id, finding));
            }
        }
        return List.copyOf(byId.values());
    }

    private InlineQueryResultArticle article(String id, Finding finding) {
        List<InlineKeyboardRow> open = openRow(finding);
        return InlineQueryResultArticle.builder()
                .id(id)
                .title(shown(finding.title(), LONGEST_TITLE))
                .description(shown(finding.description(), LONGEST_DESCRIPTION))
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(messageText(finding))
                        .parseMode("HTML")
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .replyMarkup(open.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(open).build())
                .build();
    }

    /**
     * Under an answer posted inline into another chat, a button that opens the same answer in a private chat with
     * the bot (its deep link): whoever reads it there can follow up. None when the command does not fit a link.
     */
    List<InlineKeyboardRow> openRow(Finding finding) {
        return links.link(finding.command()).map(link -> List.of(new InlineKeyboardRow(List.of(
                InlineKeyboardButton.builder().text("Open in @" + botUsername.get()).url(link).build()))))
                .orElse(List.of());
    }

    /** The answer's first message; when it goes on, a last line saying where the rest is, if that still fits. */
    String messageText(Finding finding) {
        List<String> parts = renderer.render(finding.answer());
        String first = parts.get(0);
        if (parts.size() == 1) {
            return first;
        }
        String more = "\n\n" + renderer.render(Answer.of(
                "More in a private chat with @" + botUsername.get() + ": " + finding.command())).get(0);
        return first.length() + more.length() <= TelegramHtmlRenderer.MESSAGE_LIMIT ? first + more : first;
    }

    /**
     * The finding's key when it fits Telegram's 64 bytes, else a digest of it: unique either way, and stable, so
     * Telegram's cache and any chosen-result feedback see the same id for the same thing.
     */
    static String resultId(String key) {
        if (!key.isEmpty() && key.getBytes(StandardCharsets.UTF_8).length <= MAX_ID_BYTES) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The query as the answer layer reads it: control characters are spaces, and no more than Telegram allows. */
    static String typed(String query) {
        if (query == null) {
            return "";
        }
        String bounded = query.codePointCount(0, query.length()) <= LONGEST_QUERY ? query
                : query.substring(0, query.offsetByCodePoints(0, LONGEST_QUERY));
        StringBuilder typed = new StringBuilder(bounded.length());
        bounded.codePoints().forEach(c -> typed.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return typed.toString().strip();
    }

    /** Title and description are shown as plain text: one line, control characters dropped, cut with "…". */
    private static String shown(String text, int longest) {
        String line = typed(text).replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= longest) {
            return line.isEmpty() ? "…" : line;
        }
        return line.substring(0, line.offsetByCodePoints(0, longest - 1)).strip() + "…";
    }
}
