package dev.briefbot.telegram.intake;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where Telegram posts updates in webhook mode. The secret is checked before the body is read; a signed update is
 * handed to the same lanes polling feeds and answered at once, so Telegram never waits for an answer to be written.
 * Nothing a request carries (body, secret) is ever logged.
 */
public final class TelegramWebhookEndpoint {

    /** The header Telegram sends the secret_token of setWebhook in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookEndpoint.class);

    /** As TelegramBots reads polled updates: the same mapping, so both modes see the same Update. */
    private final ObjectMapper json = new ObjectMapper();
    private final WebhookSettings settings;
    private final ChatLanes lanes;

    public TelegramWebhookEndpoint(WebhookSettings settings, ChatLanes lanes) {
        this.settings = settings;
        this.lanes = lanes;
    }

    public ServerResponse receive(ServerRequest request) throws ServletException, IOException {
        if (!settings.isSecret(request.headers().firstHeader(SECRET_HEADER))) {
            log.warn("Refused a webhook request without the right secret token (401), from {}",
                    request.remoteAddress().map(Object::toString).orElse("an unknown address"));
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        Update update = read(request.body(byte[].class));
        if (update == null) {
            return ServerResponse.badRequest().build();
        }
        if (!lanes.offer(update)) {
            // Telegram sends the update again after an error answer: nothing lost, and no request held open
            log.warn("Update {} deferred (503): its lane is full or the bot is stopping; Telegram will resend it",
                    update.getUpdateId());
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").build();
        }
        return ServerResponse.ok().build();
    }

    /** The update, or null when the body is not one; the log says where it broke, never what it held. */
    private Update read(byte[] body) {
        try {
            Update update = json.readValue(body, Update.class);
            if (update != null && update.getUpdateId() != null) {
                return update;
            }
            log.warn("Refused a signed webhook request (400): the body is not an update with an update_id");
        } catch (JsonProcessingException unreadable) {
            log.warn("Refused a signed webhook request (400): its JSON is not an update ({} at line {}, column {})",
                    unreadable.getClass().getSimpleName(), unreadable.getLocation() == null ? "?"
                            : unreadable.getLocation().getLineNr(), unreadable.getLocation() == null ? "?"
                            : unreadable.getLocation().getColumnNr());
        } catch (IOException unreadable) {
            log.warn("Refused a signed webhook request (400): its body could not be read");
        }
        return null;
    }
}
