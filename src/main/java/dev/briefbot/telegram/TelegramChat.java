package dev.briefbot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

/** One update, answered: a text message or a button press becomes a chat request, its answer HTML messages. */
final class TelegramChat implements Consumer<Update> {

    private static final Logger log = LoggerFactory.getLogger(TelegramChat.class);

    private final ChatRouter router;
    private final TelegramHtmlRenderer renderer;
    private final TelegramSender sender;
    private final Supplier<String> botUsername;

    TelegramChat(ChatRouter router, TelegramHtmlRenderer renderer, TelegramSender sender,
            Supplier<String> botUsername) {
        this.router = router;
        this.renderer = renderer;
        this.sender = sender;
        this.botUsername = botUsername;
    }

    @Override
    public void accept(Update update) {
        if (update.hasMessage() && update.getMessage().hasText()) {
            answerMessage(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            answerButton(update.getCallbackQuery());
        } else {
            log.debug("Update {} is not a text message or a button press: ignored", update.getUpdateId());
        }
    }

    private void answerMessage(Message message) {
        IncomingMessage incoming = new IncomingMessage(message, botUsername.get());
        router.reply(incoming.request()).ifPresent(answer -> send(answer, incoming.reply()));
    }

    /** The press is acknowledged first, so the button stops spinning whatever the answer takes. */
    private void answerButton(CallbackQuery query) {
        Optional<String> command = SuggestionButtons.command(query.getData());
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                .text(command.isPresent() ? null : "This button no longer works: send the command instead.")
                .build());
        MaybeInaccessibleMessage pressed = query.getMessage();
        if (command.isEmpty() || pressed == null) {
            return;
        }
        ChatRequest request = new ChatRequest(pressed.getChatId(),
                IncomingMessage.chatType(pressed.getChat().getType()), query.getFrom().getId(), command.get(), true);
        Integer thread = pressed instanceof Message message && message.isTopicMessage()
                ? message.getMessageThreadId() : null;
        router.reply(request).ifPresent(answer -> send(answer, new Reply(pressed.getChatId(), null, thread)));
    }

    /** Every part in order; the suggestions as buttons under the last. */
    private void send(Answer answer, Reply reply) {
        List<String> messages = renderer.render(answer);
        InlineKeyboardMarkup buttons = SuggestionButtons.of(answer.suggestions());
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            sender.execute(reply.message(messages.get(i), i == 0, last ? buttons : null));
        }
    }
}
