package dev.briefbot.telegram.load;

import java.util.concurrent.atomic.AtomicInteger;

import dev.briefbot.chat.ChatRequest;
import dev.briefbot.chat.ChatRouter;
import dev.briefbot.chat.TelegramHtmlRenderer;
import dev.briefbot.telegram.fake.FakeBotApi;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The baseline: BriefBot's answers in a bot written as the TelegramBots documentation shows, a
 * {@link LongPollingSingleThreadUpdateConsumer} on the library's one thread, sending with the plain
 * {@link OkHttpTelegramClient}: no lanes, no rate limiter, no retry. A refused send is counted and forgotten.
 */
final class LibraryDefaultBot implements LongPollingSingleThreadUpdateConsumer, AutoCloseable {

    private final TelegramClient client;
    private final ChatRouter router;
    private final TelegramHtmlRenderer renderer;
    private final TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication();
    private final AtomicInteger refused = new AtomicInteger();
    // the library's thread is static and outlives the bot: once closed, what it still holds is skipped
    private volatile boolean closed;

    private LibraryDefaultBot(TelegramClient client, ChatRouter router, TelegramHtmlRenderer renderer) {
        this.client = client;
        this.router = router;
        this.renderer = renderer;
    }

    static LibraryDefaultBot start(FakeBotApi telegram, ChatRouter router, TelegramHtmlRenderer renderer)
            throws TelegramApiException {
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
        LibraryDefaultBot bot = new LibraryDefaultBot(new OkHttpTelegramClient(telegram.token(), url), router,
                renderer);
        bot.polling.registerBot(telegram.token(), () -> url, new DefaultGetUpdatesGenerator(), bot);
        return bot;
    }

    @Override
    public void consume(Update update) {
        if (closed || !update.hasMessage() || !update.getMessage().hasText()) {
            return;
        }
        Message message = update.getMessage();
        router.reply(ChatRequest.privateChat(message.getChatId(), message.getText()))
                .ifPresent(answer -> renderer.render(answer).forEach(html -> send(message.getChatId(), html)));
    }

    private void send(long chatId, String html) {
        try {
            client.execute(SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").build());
        } catch (TelegramApiException refusedOrUnreachable) {
            refused.incrementAndGet();
        }
    }

    /** Sends that failed and were dropped, as a bot without retries drops them. */
    int refused() {
        return refused.get();
    }

    @Override
    public void close() throws Exception {
        closed = true;
        polling.close();
    }
}
