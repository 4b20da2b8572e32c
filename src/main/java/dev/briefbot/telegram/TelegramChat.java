package dev.briefbot.telegram;

import java.util.List;
import java.util.function.Supplier;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.TelegramHtmlRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One update, answered: a text message or a button press becomes a chat request, its answer HTML messages; an
 * inline query goes to {@link InlineAnswers}; the bot's own membership, and a group's move to a supergroup, go to
 * {@link MembershipEvents}.
 */
final class TelegramChat {

    private static final Logger log = LoggerFactory.getLogger(TelegramChat.class);

    private final ChatRouter router;
    private final TelegramHtmlRenderer renderer;
    private final TelegramSender sender;
    private final Supplier<String> botUsername;
    private final FloodGuard flood;
    private final PageTurner pages;
    private final InlineAnswers inline;
    private final MembershipEvents membership;
    private final ReloadCommand reload;

    TelegramChat(ChatRouter router, TelegramHtmlRenderer renderer, TelegramSender sender,
            Supplier<String> botUsername, FloodGuard flood, InlineAnswers inline, MembershipEvents membership,
            ReloadCommand reload) {
        this.router = router;
        this.renderer = renderer;
        this.sender = sender;
        this.botUsername = botUsername;
        this.flood = flood;
        this.inline = inline;
        this.membership = membership;
        this.reload = reload;
        this.pages = new PageTurner(router, renderer, sender, new PagedQuestions());
    }

    /** Answers the update, and tells how that ended (for {@link UpdateReport}). */
    UpdateOutcome handle(Update update) {
        if (update.hasMessage() && update.getMessage().hasText()) {
            return answerMessage(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            return answerButton(update.getCallbackQuery());
        } else if (update.hasInlineQuery()) {
            // typing fires a query per keystroke: cheap to answer and cached by Telegram, so no flood guard here
            inline.answer(update.getInlineQuery());
            return UpdateOutcome.ANSWERED;
        } else if (update.hasMyChatMember()) {
            membership.changed(update.getMyChatMember());
            return UpdateOutcome.NOTED;
        } else if (update.hasMessage() && update.getMessage().getMigrateToChatId() != null) {
            membership.migrated(update.getMessage());
            return UpdateOutcome.NOTED;
        }
        log.debug("Update {} is not a text message or a button press: ignored", update.getUpdateId());
        return UpdateOutcome.IGNORED;
    }

    private UpdateOutcome answerMessage(Message message) {
        IncomingMessage incoming = new IncomingMessage(message, botUsername.get());
        ChatRequest request = spokenBy(incoming.request(), asker(message));
        if (ReloadCommand.isReload(request.text(), botUsername.get())) {
            return reload(request, asker(message), incoming.reply());
        }
        return router.reply(request).map(answer -> sendUnlessFlooding(asker(message), request, answer,
                incoming.reply())).orElse(UpdateOutcome.IGNORED);
    }

    /** An operator's command, kept out of the chat layer: it changes the library every chat answers from. */
    private UpdateOutcome reload(ChatRequest request, long asker, Reply reply) {
        if (flood.admit(asker).verdict() != FloodGuard.Verdict.ANSWER) {
            return UpdateOutcome.FLOOD_DROPPED;
        }
        return delivered(sender.send(reply.message(ReloadCommand.html(reload.run(request)), true, null))
                .delivered());
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

    // an anonymous admin writes as the group, and all of them share one "from" user: the group is who asks
    private static long asker(Message message) {
        if (message.getSenderChat() != null) {
            return message.getSenderChat().getId();
        }
        return message.getFrom() != null ? message.getFrom().getId() : message.getChatId();
    }

    /** Who speaks is who may change the chat's subscriptions: an anonymous admin is the group, a channel itself. */
    private static ChatRequest spokenBy(ChatRequest request, long speaker) {
        return new ChatRequest(request.chatId(), request.chatType(), speaker, request.text(),
                request.addressedToBot());
    }

    /** The press is acknowledged first, so the button stops spinning whatever the answer takes. */
    private UpdateOutcome answerButton(CallbackQuery query) {
        FloodGuard.Turn turn = flood.admit(query.getFrom().getId());
        if (turn.verdict() != FloodGuard.Verdict.ANSWER) {
            return slowDownPresses(query, turn);
        }
        MaybeInaccessibleMessage pressed = query.getMessage();
        ButtonPress press = pages.read(query.getData(), pressed == null ? 0 : pressed.getChatId());
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(press.notice()).build());
        if (press.isRefused() || pressed == null) {
            return UpdateOutcome.ANSWERED;
        }
        ChatRequest request = new ChatRequest(pressed.getChatId(),
                IncomingMessage.chatType(pressed.getChat().getType()), query.getFrom().getId(), press.text(), true);
        if (press.turnsPage()) {
            pages.turn(request, press, pressed.getMessageId());
            return UpdateOutcome.ANSWERED;
        }
        Integer thread = pressed instanceof Message message && message.isTopicMessage()
                ? message.getMessageThreadId() : null;
        return router.reply(request).map(answer -> send(request, answer,
                new Reply(pressed.getChatId(), null, thread))).orElse(UpdateOutcome.IGNORED);
    }

    /**
     * A flooding presser is told once, privately (in the button's notice, not the chat); later presses are still
     * acknowledged, so no button keeps spinning, but run nothing.
     */
    private UpdateOutcome slowDownPresses(CallbackQuery query, FloodGuard.Turn turn) {
        boolean told = turn.verdict() == FloodGuard.Verdict.SLOW_DOWN;
        String notice = told ? flood.slowDown(turn.askAgainIn()) : null;
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text(notice).build());
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
