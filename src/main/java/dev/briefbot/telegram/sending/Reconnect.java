package dev.briefbot.telegram.sending;

import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Retries a start-up call while Telegram is unreachable, waiting longer each time up to a ceiling. A refusal that
 * retrying cannot fix (a wrong token: 401, 404) ends the retries at once.
 */
public final class Reconnect {

    /** One call to Telegram that may fail. */
    public interface Attempt<T> {
        T call() throws TelegramApiException, InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(Reconnect.class);

    private final ExponentialBackOff waits;
    private final UnaryOperator<String> redact;

    /** @param redact masks what a failure may quote that must not be logged: the token, a webhook's secret */
    public Reconnect(Duration first, Duration ceiling, UnaryOperator<String> redact) {
        this.waits = new ExponentialBackOff(first.toMillis(), 2);
        this.waits.setMaxInterval(ceiling.toMillis());
        this.redact = redact;
    }

    /** Calls until it succeeds; interrupted (the application is stopping), throws {@link InterruptedException}. */
    public <T> T untilReachable(String what, Attempt<T> attempt) throws InterruptedException {
        BackOffExecution next = waits.start();
        while (true) {
            long wait = next.nextBackOff();
            try {
                return attempt.call();
            } catch (TelegramApiException failure) {
                if (!isPassing(failure)) {
                    throw new IllegalStateException("Telegram refused " + what + ": " + redact.apply(
                            failure.getMessage()) + " (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL)");
                }
                log.warn("Telegram unreachable, retrying in {} s ({}: {})", seconds(wait), what,
                        redact.apply(failure.getMessage()));
            }
            Thread.sleep(wait);
        }
    }

    /** A network failure, a server error or a rate limit passes; any other answer from Telegram will not. */
    static boolean isPassing(TelegramApiException failure) {
        if (failure instanceof TelegramApiRequestException refused && refused.getErrorCode() != null) {
            int code = refused.getErrorCode();
            return code == 429 || code >= 500;
        }
        return failure.getCause() instanceof IOException || !(failure instanceof TelegramApiRequestException);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }
}
