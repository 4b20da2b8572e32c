package dev.briefbot.telegram.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Telegram's 409 Conflict on {@code getUpdates}, seen on the polling client: another process polls with this token, or
 * a webhook is set for it. TelegramBots would log a stack trace for every poll; instead the operator reads one line
 * saying what to do (again every few minutes while it lasts), the poll waits, backing off, and comes back empty, and
 * polling resumes by itself once the other side lets go.
 * <p>
 * It also keeps the stop quiet: the poll open when the bot stops is cut short (its thread interrupted, the answer
 * half read), which TelegramBots would log as an ERROR with a stack trace. Each answer is read here, whole, so the
 * library never reads the network itself; a poll cut short by the stop is logged once, at INFO, and comes back empty.
 */
final class PollingConflicts implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(PollingConflicts.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";
    private static final Duration REMINDER = Duration.ofMinutes(10);

    private final ExponentialBackOff pauses;
    private final UnaryOperator<String> redact;
    private final AtomicBoolean toldOfStop = new AtomicBoolean();
    private BackOffExecution pause;
    private long refusals;
    private long toldAt;
    private boolean told;
    private volatile boolean stopping;

    PollingConflicts(Duration firstPause, Duration longestPause, UnaryOperator<String> redact) {
        this.pauses = new ExponentialBackOff(firstPause.toMillis(), 2);
        this.pauses.setMaxInterval(longestPause.toMillis());
        this.redact = redact;
        this.pause = pauses.start();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!isGetUpdates(request)) {
            return chain.proceed(request);
        }
        Response response;
        try {
            response = read(chain.proceed(request));
        } catch (IOException cut) {
            if (stopping) {
                return cutShort(request);
            }
            throw cut;
        }
        if (response.code() != 409) {
            resetPause();
            return response;
        }
        if (stopping) {
            response.close();
            return cutShort(request);
        }
        tellOperator(description(response));
        waitBeforePollingAgain();
        return noUpdates(request);
    }

    /**
     * From now on a poll cut short is the stop's doing, and a 409 is our own final poll ending the open one: neither
     * is reported, and neither waits.
     */
    void stopping() {
        stopping = true;
    }

    /** The answer with its body read into memory: an interrupt can no longer cut it short after this returns. */
    private static Response read(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        try (body) {
            MediaType type = body.contentType();
            return response.newBuilder().body(ResponseBody.create(body.bytes(), type)).build();
        }
    }

    /** The open poll, cut short by the stop: told once, as what it is, and answered as an empty poll. */
    private Response cutShort(Request poll) {
        if (toldOfStop.compareAndSet(false, true)) {
            log.info("Stopping: the open long poll was cut short");
        }
        return noUpdates(poll);
    }

    // the path is /bot<token>/getUpdates: only its last segment is looked at, and nothing of it is logged
    private static boolean isGetUpdates(Request request) {
        return request.url().pathSegments().get(request.url().pathSize() - 1).toLowerCase(Locale.ROOT)
                .equals("getupdates");
    }

    private synchronized void tellOperator(String said) {
        refusals++;
        long now = System.nanoTime();
        if (told && now - toldAt < REMINDER.toNanos()) {
            return;
        }
        log.error("Telegram refused getUpdates with 409 Conflict{}: another BriefBot instance is polling with this "
                + "bot token, or a webhook is set for it. Stop the other instance, or remove the webhook (Bot API "
                + "deleteWebhook; restarting this instance also removes it); polling resumes by itself. "
                + "Telegram said: {}", told ? " " + refusals + " times since the last notice" : "", redact.apply(said));
        told = true;
        toldAt = now;
        refusals = 0;
    }

    private static String description(Response response) {
        try (ResponseBody body = response.body()) {
            return body == null ? "Conflict" : JSON.readTree(body.string()).path("description").asText("Conflict");
        } catch (IOException unreadable) {
            return "Conflict";
        }
    }

    /** Backs off before the next poll, so two instances do not fight in a tight loop; stopping cuts the wait. */
    private void waitBeforePollingAgain() {
        try {
            Thread.sleep(nextPause().toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Duration nextPause() {
        return Duration.ofMillis(pause.nextBackOff());
    }

    private synchronized void resetPause() {
        pause = pauses.start();
    }

    /** The refused poll, as an empty one: TelegramBots simply polls again. */
    private static Response noUpdates(Request poll) {
        return new Response.Builder().request(poll).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create(NO_UPDATES, JSON_TYPE)).build();
    }
}
