package dev.briefbot.telegram.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * One update, answered: a text message or a button press becomes a chat request ({@link ChatRequests}), its answer
 * HTML messages, paged when long ({@link PageTurner}), with a share button ({@link DeepLinks}); an edit of a message
 * the bot answered edits that answer ({@link AnsweredMessages}); an inline query goes to {@link InlineAnswers}; the
 * bot's own membership, and a group's move to a supergroup, to {@link MembershipChanges}; a document to the
 * {@link DocumentDesk}, through {@link DocumentReceiver}. The {@link FloodGuard} counts what the bot answers.
 * Everything goes out through the {@link BotApi}.
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
    private final DeepLinks links;
    private final AnsweredMessages answered;
    private final DocumentReceiver documents;

    /** A chat that takes no document: it says so to whoever sends one. */
    public TelegramChat(ChatRouter router, TelegramHtmlRenderer renderer, BotApi sender, FloodGuard flood,
            PageTurner pages, InlineAnswers inline, MembershipChanges membership, DeepLinks links,
            AnsweredMessages answered) {
        this(router, renderer, sender, flood, pages, inline, membership, links, answered, DocumentDesk.none());
    }

    /** @param documents where the documents people send go: the operators' new briefs */
    public TelegramChat(ChatRouter router, TelegramHtmlRenderer renderer, BotApi sender, FloodGuard flood,
            PageTurner pages, InlineAnswers inline, MembershipChanges membership, DeepLinks links,
            AnsweredMessages answered, DocumentDesk documents) {
        this.router = router;
        this.renderer = renderer;
        this.sender = sender;
        this.flood = flood;
        this.pages = pages;
        this.inline = inline;
        this.membership = membership;
        this.links = links;
        this.answered = answered;
        this.documents = new DocumentReceiver(documents, renderer, sender);
    }

    /** Answers the update, and tells how that ended (for the update's report). */
    @Override
    public UpdateOutcome handle(TelegramUpdate update) {
        if (update instanceof TelegramUpdate.Message message) {
            return answerMessage(message);
        }
        if (update instanceof TelegramUpdate.EditedMessage edit) {
            return answerEdit(edit.message());
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

    /** A message's request and the answer it deserves, if any. */
    private record Asked(ChatRequest request, Answer answer) {
    }

    private UpdateOutcome answerMessage(TelegramUpdate.Message message) {
        return ask(message).map(asked -> sendUnlessFlooding(message, asked)).orElse(UpdateOutcome.IGNORED);
    }

    /**
     * The message as the router reads it; a deep link's {@code /start payload} in a private chat is read as the
     * question its payload carries, or, when the payload is unreadable, as the greeting with a line saying so.
     */
    private Optional<Asked> ask(TelegramUpdate.Message message) {
        ChatRequest request = ChatRequests.of(message);
        Optional<String> payload = message.isPrivate() ? links.startPayload(request.text()) : Optional.empty();
        if (payload.isEmpty()) {
            return router.reply(request).map(answer -> new Asked(request, answer));
        }
        Optional<String> linked = DeepLinks.read(payload.get());
        if (linked.isEmpty()) {
            log.debug("Chat {}: a start link that is none of ours", message.chatId());
            return router.reply(request).map(greeting -> new Asked(request, greeting.withNotes(
                    Stream.concat(Stream.of(DeepLinks.DAMAGED), greeting.notes().stream()).toList())));
        }
        ChatRequest shared = ChatRequests.of(message, linked.get());
        return router.reply(shared).map(answer -> new Asked(shared, answer));
    }

    /**
     * An edit of a message the bot answered is answered again, by editing that answer in place, at most
     * {@link AnsweredMessages#REANSWERS} times; an edit of any other message, and any edit past that, is ignored.
     */
    private UpdateOutcome answerEdit(TelegramUpdate.Message message) {
        Optional<AnsweredMessages.Answer> before = answered.answerTo(message.chatId(), message.messageId());
        if (before.isEmpty() || !before.get().mayAnswerAgain()) {
            log.debug("Chat {} message {}: an edit of a message not answered, or answered again enough: ignored",
                    message.chatId(), message.messageId());
            return UpdateOutcome.IGNORED;
        }
        Optional<Asked> asked = ask(message);
        if (asked.isEmpty()) {
            // now addressed to no one, or to another bot: the old answer stays, as the question's history
            return UpdateOutcome.IGNORED;
        }
        FloodGuard.Turn turn = flood.admit(message.askerId());
        if (turn.verdict() == FloodGuard.Verdict.SLOW_DOWN) {
            sender.execute(Reply.to(message).message(flood.slowDown(turn.askAgainIn()), true, null));
            return UpdateOutcome.SLOWED_DOWN;
        }
        if (turn.verdict() == FloodGuard.Verdict.DROP) {
            return UpdateOutcome.FLOOD_DROPPED;
        }
        List<MessagePart> parts = parts(asked.get());
        Sent sent = edit(before.get().messageIds(), parts, Reply.to(message));
        answered.answeredAgain(message.chatId(), message.messageId(), before.get(), sent.messageIds());
        remember(message.chatId(), sent, asked.get().answer());
        return delivered(sent.delivered());
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
    private UpdateOutcome sendUnlessFlooding(TelegramUpdate.Message message, Asked asked) {
        FloodGuard.Turn turn = flood.admit(message.askerId());
        Reply reply = Reply.to(message);
        return switch (turn.verdict()) {
            case ANSWER -> {
                Sent sent = send(parts(asked), reply);
                answered.answered(message.chatId(), message.messageId(), sent.messageIds());
                remember(message.chatId(), sent, asked.answer());
                yield delivered(sent.delivered());
            }
            case SLOW_DOWN -> {
                sender.execute(reply.message(flood.slowDown(turn.askAgainIn()), true, null));
                yield UpdateOutcome.SLOWED_DOWN;
            }
            case DROP -> {
                log.debug("User {} is past {} requests a minute: not answered", message.askerId(), flood.perMinute());
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
        return router.reply(request).map(answer -> {
            Sent sent = send(parts(new Asked(request, answer)), new Reply(under.chatId(), null, under.threadId()));
            remember(under.chatId(), sent, answer);
            return delivered(sent.delivered());
        }).orElse(UpdateOutcome.IGNORED);
    }

    /** A reply to any message of the answer follows up on it, in a group as in a private chat. */
    private void remember(long chatId, Sent sent, Answer answer) {
        sent.messageIds().forEach(id -> router.sent(chatId, id, answer));
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

    /** What became of an answer's messages: the ids of those Telegram took, and whether every one went out. */
    private record Sent(List<Integer> messageIds, boolean delivered) {
    }

    /**
     * The answer as messages: a long one as its first page with the page row; otherwise every part in order, the
     * suggestions as buttons under the last. Either way with a share button, when the question fits a link.
     */
    private List<MessagePart> parts(Asked asked) {
        List<InlineKeyboardRow> share = links.shareRow(router.askedAlone(asked.request(), asked.answer()));
        Optional<MessagePart> page = pages.firstPage(asked.request(), asked.answer(), share);
        if (page.isPresent()) {
            return List.of(page.get());
        }
        List<String> messages = renderer.render(asked.answer());
        InlineKeyboardMarkup buttons = SuggestionButtons.of(asked.answer().suggestions(), share);
        List<MessagePart> parts = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            parts.add(new MessagePart(messages.get(i), i == messages.size() - 1 ? buttons : null));
        }
        return parts;
    }

    private Sent send(List<MessagePart> parts, Reply reply) {
        List<Integer> ids = new ArrayList<>(parts.size());
        boolean delivered = true;
        for (int i = 0; i < parts.size(); i++) {
            delivered &= sendPart(parts.get(i), reply, i == 0, ids);
        }
        return new Sent(ids, delivered);
    }

    /**
     * The new answer in place of the old: each old message edited to the new part in its place (buttons and all), a
     * part more sent after them, a message more deleted.
     */
    private Sent edit(List<Integer> old, List<MessagePart> parts, Reply reply) {
        List<Integer> ids = new ArrayList<>(parts.size());
        boolean delivered = true;
        for (int i = 0; i < parts.size(); i++) {
            if (i < old.size()) {
                delivered &= sender.send(reply.edit(old.get(i), parts.get(i).html(), parts.get(i).buttons()))
                        .delivered();
                ids.add(old.get(i));
            } else {
                delivered &= sendPart(parts.get(i), reply, false, ids);
            }
        }
        for (int surplus = parts.size(); surplus < old.size(); surplus++) {
            sender.execute(DeleteMessage.builder().chatId(reply.chatId()).messageId(old.get(surplus)).build());
        }
        return new Sent(ids, delivered);
    }

    private boolean sendPart(MessagePart part, Reply reply, boolean first, List<Integer> ids) {
        BotApi.Sent<Message> sent = sender.send(reply.message(part.html(), first, part.buttons()));
        sent.result().map(Message::getMessageId).ifPresent(ids::add);
        return sent.delivered();
    }
}
