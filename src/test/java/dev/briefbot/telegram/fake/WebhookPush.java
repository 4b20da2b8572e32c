package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Telegram's side of a webhook: while one is set, queued updates are posted to it in order, one at a time, with the
 * secret in {@value #SECRET_HEADER}; an update is forgotten once the bot answers 2xx, else posted again shortly.
 */
final class WebhookPush implements AutoCloseable {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Duration RETRY = Duration.ofMillis(200);

    private final ObjectMapper json;
    private final UpdateQueue updates;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Integer> answers = new CopyOnWriteArrayList<>();
    private volatile Webhook current;
    private volatile boolean closed;
    private Thread pusher;

    WebhookPush(ObjectMapper json, UpdateQueue updates) {
        this.json = json;
        this.updates = updates;
    }

    synchronized void set(Webhook webhook) {
        current = webhook;
        if (pusher == null || !pusher.isAlive()) {
            pusher = new Thread(this::pushWhileSet, "fake-telegram-webhook");
            pusher.setDaemon(true);
            pusher.start();
        }
    }

    void clear() {
        current = null;
    }

    Optional<Webhook> current() {
        return Optional.ofNullable(current);
    }

    /** The status codes the bot answered Telegram's own posts with, in order. */
    List<Integer> answers() {
        return List.copyOf(answers);
    }

    /** Posts a body to the webhook with this secret header (none when null); returns the bot's status code. */
    int post(String body, String secret) {
        Webhook webhook = current().orElseThrow(() -> new IllegalStateException("no webhook is set"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(SECRET_HEADER, secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        closed = true;
        current = null;
    }

    private void pushWhileSet() {
        Long offset = null;
        while (!closed && current != null) {
            try {
                List<ObjectNode> next = updates.take(offset, 1, Duration.ofSeconds(1), current.allowedUpdates());
                if (!next.isEmpty() && push(next.get(0))) {
                    offset = next.get(0).get("update_id").asLong() + 1;
                }
            } catch (ApiError endedByAPoll) {
                // a getUpdates took the queue over, which Telegram would not allow: the test will see its 409s
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    private boolean push(ObjectNode update) throws InterruptedException {
        Webhook webhook = current;
        if (webhook == null) {
            return false;
        }
        int status;
        try {
            status = post(json.writeValueAsString(update), webhook.secret().isEmpty() ? null : webhook.secret());
        } catch (IOException unwritable) {
            throw new IllegalStateException(unwritable);
        }
        answers.add(status);
        if (status / 100 == 2) {
            return true;
        }
        Thread.sleep(RETRY.toMillis());
        return false;
    }
}
