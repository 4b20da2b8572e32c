package dev.briefbot.telegram.conversation;

import java.util.List;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.document.DocumentDesk;
import dev.briefbot.telegram.intake.TelegramUpdate;
import dev.briefbot.telegram.intake.UpdateHandler;
import dev.briefbot.telegram.intake.UpdateOutcome;
import dev.briefbot.telegram.sending.BotApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One update, answered: a text message or a button press becomes a chat request ({@link ChatRequests}), its answer
 * HTML messages, paged when long ({@link PageTurner}); an inline query goes to {@link InlineAnswers}; the bot's own
 * membership, and a group's move to a supergroup, to {@link MembershipChanges}; a document to the
 * {@link DocumentDesk}, through {@link DocumentReceiver}. The {@link FloodGuard} counts what the
 * bot answers. Everything goes out through the {@link BotApi}.
 */
public final class TelegramChat implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(TelegramChat.class);

    private final ChatRouter router;
    private final TelegramHtmlRenderer renderer;
    private final BotApi sender;
    private final FloodGuard flood;
    private final PageTurner pages;
    private final InlineAnswers inline;
    private final MembershipChanges membership;
    private final DocumentReceiver documents;

    /** A chat that takes no document: it says so to whoever sends one. */
    public TelegramChat(ChatRouter router, TelegramHtmlRenderer renderer, BotApi sender, FloodGuard flood,
            PageTurner pages, InlineAnswers inline, MembershipChanges membership) {
        this(router, renderer, sender, flood, pages, inline, membership, DocumentDesk.none());
    }

    /** @param documents where the documents people send go: the operators' new briefs */
    public TelegramChat(ChatRouter router, TelegramHtmlRenderer renderer, BotApi sender, FloodGuard flood,
            PageTurner pages, InlineAnswers inline, MembershipChanges membership, DocumentDesk documents) {
        this.router = router;
        this.renderer = renderer;
        this.sender = sender;
        this.flood = flood;
        this.pages = pages;
        this.inline = inline;
        this.membership = membership;
        this.documents = new DocumentReceiver(documents, renderer, sender);
    }

    /** Answers the update, and tells how that ended (for the update's report). */
    @Override
    public UpdateOutcome handle(TelegramUpdate update) {
        if (update instanceof TelegramUpdate.Message message) {
            return answerMessage(message);
        }
        if (update instanceof TelegramUpdate.ButtonPress press) {
            return answerButton(press);
        }
        if (update instanceof TelegramUpdate.InlineQuery query) {
            // typing fires a query per keystroke: cheap to answer and cached by Telegram, so no flood guard here
            inline.answer(query);
            return UpdateOutcome.ANSWERED;
        }
        if (update instanceof TelegramUpdate.MembershipChange change) {
            membership.changed(change);
            return UpdateOutcome.NOTED;
        }
        if (update instanceof TelegramUpdate.Document document) {
            return answerDocument(document);
        }
        if (update instanceof TelegramUpdate.Migration migration) {
            membership.migrated(migration);
            return UpdateOutcome.NOTED;
        }
        log.debug("Update {} is not a text message or a button press: ignored", update.updateId());
        return UpdateOutcome.IGNORED;
    }

    private UpdateOutcome answerMessage(TelegramUpdate.Message message) {
        ChatRequest request = ChatRequests.of(message);
        return router.reply(request).map(answer -> sendUnlessFlooding(message.askerId(), request, answer,
                Reply.to(message))).orElse(UpdateOutcome.IGNORED);
    }

    /** A document costs a download and a reading: a flooding sender's is dropped before either. */
    private UpdateOutcome answerDocument(TelegramUpdate.Document document) {
        if (!document.isPrivate() && !document.addressedToBot()) {
            return UpdateOutcome.IGNORED;
        }
        FloodGuard.Turn turn = flood.admit(document.senderId());
        if (turn.verdict() != FloodGuard.Verdict.ANSWER) {
            log.debug("User {} is past {} requests a minute: document not taken", document.senderId(),
                    flood.perMinute());
            return UpdateOutcome.FLOOD_DROPPED;
        }
        return documents.receive(document);
    }

    /** Only what the bot answers is counted: group chatter it ignores costs the user nothing. */
    private UpdateOutcome sendUnlessFlooding(long asker, ChatRequest request, Answer answer, Reply reply) {
        FloodGuard.Turn turn = flood.admit(asker);
        return switch (turn.verdict()) {
            case ANSWER -> send(request, answer, reply);
            case SLOW_DOWN -> {
                sender.execute(reply.message(flood.slowDown(turn.askAgainIn()), true, null));
                yield UpdateOutcome.SLOWED_DOWN;
            }
            case DROP -> {
                log.debug("User {} is past {} requests a minute: not answered", asker, flood.perMinute());
                yield UpdateOutcome.FLOOD_DROPPED;
            }
        };
    }

    private static UpdateOutcome delivered(boolean delivered) {
        return delivered ? UpdateOutcome.ANSWERED : UpdateOutcome.UNDELIVERED;
    }

    /** The press is acknowledged first, so the button stops spinning whatever the answer takes. */
    private UpdateOutcome answerButton(TelegramUpdate.ButtonPress press) {
        FloodGuard.Turn turn = flood.admit(press.presserId());
        if (turn.verdict() != FloodGuard.Verdict.ANSWER) {
            return slowDownPresses(press, turn);
        }
        ButtonReading reading = pages.read(press.data(),
                press.pressed().map(TelegramUpdate.ButtonPress.Pressed::chatId).orElse(0L));
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(press.queryId()).text(reading.notice()).build());
        if (reading.isRefused() || press.pressed().isEmpty()) {
            return UpdateOutcome.ANSWERED;
        }
        TelegramUpdate.ButtonPress.Pressed under = press.pressed().get();
        ChatRequest request = ChatRequests.of(press, under, reading.text());
        if (reading.turnsPage()) {
            pages.turn(request, reading, under.messageId());
            return UpdateOutcome.ANSWERED;
        }
        return router.reply(request).map(answer -> send(request, answer,
                new Reply(under.chatId(), null, under.threadId()))).orElse(UpdateOutcome.IGNORED);
    }

    /**
     * A flooding presser is told once, privately (in the button's notice, not the chat); later presses are still
     * acknowledged, so no button keeps spinning, but run nothing.
     */
    private UpdateOutcome slowDownPresses(TelegramUpdate.ButtonPress press, FloodGuard.Turn turn) {
        boolean told = turn.verdict() == FloodGuard.Verdict.SLOW_DOWN;
        String notice = told ? flood.slowDown(turn.askAgainIn()) : null;
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(press.queryId()).text(notice).build());
        return told ? UpdateOutcome.SLOWED_DOWN : UpdateOutcome.FLOOD_DROPPED;
    }

    /** A long answer a page at a time; otherwise every part in order, the suggestions as buttons under the last. */
    private UpdateOutcome send(ChatRequest request, Answer answer, Reply reply) {
        if (pages.sendFirstPage(request, answer, reply)) {
            return UpdateOutcome.ANSWERED;
        }
        List<String> messages = renderer.render(answer);
        InlineKeyboardMarkup buttons = SuggestionButtons.of(answer.suggestions());
        boolean delivered = true;
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            delivered &= sender.send(reply.message(messages.get(i), i == 0, last ? buttons : null)).delivered();
        }
        return delivered(delivered);
    }
}
