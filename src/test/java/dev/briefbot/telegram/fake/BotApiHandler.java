package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves {@code /bot<token>/<method>}: records the call, then inflicts a scripted fault, checks the content,
 * applies the rate limits and performs the method, answering in the Bot API's envelope after the latency.
 */
final class BotApiHandler implements HttpHandler {

    /** Thrown to answer nothing and drop the connection. */
    private static final class DropConnection extends Exception {
        DropConnection() {
            super(null, null, false, false);
        }
    }

    /** Thrown to answer with an HTML page, not the Bot API's JSON. */
    private static final class HtmlPage extends Exception {
        final int status;

        HtmlPage(int status, String title) {
            super(title, null, false, false);
            this.status = status;
        }

        byte[] html() {
            String title = status + " " + getMessage();
            return ("<html><head><title>" + title + "</title></head><body><center><h1>" + title
                    + "</h1></center><hr><center>nginx</center></body></html>").getBytes(StandardCharsets.UTF_8);
        }
    }

    private final ObjectMapper json;
    private final String token;
    private final BotMethods methods;
    private final RequestParams requestParams;
    private final FaultScript faults = new FaultScript();
    private final RateLimiter limiter = new RateLimiter();
    // a log of every call: appended to thousands of times a second under load, so not copied on each write
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;

    private final StoredFiles files;

    BotApiHandler(ObjectMapper json, String token, BotMethods methods, StoredFiles files) {
        this.files = files;
        this.json = json;
        this.token = token;
        this.methods = methods;
        this.requestParams = new RequestParams(json);
    }

    @Override
    public void handle(HttpExchange exchange) {
        if (exchange.getRequestURI().getPath().startsWith("/file/")) {
            serveFile(exchange);
            return;
        }
        try (exchange) {
            ObjectNode body;
            int status;
            try {
                body = json.createObjectNode().put("ok", true).set("result", answer(exchange));
                status = 200;
            } catch (ApiError error) {
                body = error.toJson(json);
                status = error.code;
            } catch (RuntimeException bug) {
                // A fault in the fake itself shows up in the test as a 500 that names it.
                body = new ApiError(500, "Internal Server Error: fake Bot API failed: " + bug, Map.of()).toJson(json);
                status = 500;
            } catch (HtmlPage page) {
                pause(latency);
                respond(exchange, page.status, "text/html", page.html());
                return;
            }
            pause(latency);
            respond(exchange, status, body);
        } catch (DropConnection | InterruptedException | IOException dropped) {
            // Closing the exchange before any response drops the connection; a client sees it as a network error.
        }
    }

    /**
     * {@code /file/bot<token>/<file_path>}: the file's bytes, recorded as a call "file"; sent in chunks, with no
     * length declared, so the bot can count only what comes. A wrong token or path is a 404, as in Telegram.
     */
    private void serveFile(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/file/bot" + token + "/";
            Optional<StoredFiles.StoredFile> file = path.startsWith(prefix)
                    ? files.byPath(path.substring(prefix.length())) : Optional.empty();
            calls.add(new Call("file", json.createObjectNode().put("file_path", path.startsWith(prefix)
                    ? path.substring(prefix.length()) : "?"), Instant.now()));
            if (file.isEmpty()) {
                byte[] missing = "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}"
                        .getBytes(StandardCharsets.UTF_8);
                respond(exchange, 404, "application/json", missing);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(file.get().content());
        } catch (IOException dropped) {
            // the bot stopped reading, as it does past its limit
        }
    }

    FaultScript faults() {
        return faults;
    }

    RateLimiter limiter() {
        return limiter;
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    int tooManyRequestsCount() {
        return tooManyRequests.get();
    }

    void setLatency(Duration delay) {
        latency = delay;
    }

    private JsonNode answer(HttpExchange exchange) throws IOException, InterruptedException, DropConnection,
            HtmlPage {
        String[] path = exchange.getRequestURI().getPath().split("/");
        if (path.length != 3 || !path[1].startsWith("bot")) {
            throw ApiError.notFound();
        }
        if (!path[1].substring(3).equals(token)) {
            throw ApiError.unauthorized();
        }
        String method = BotMethods.canonicalName(path[2]).orElse(path[2]);
        ObjectNode params = requestParams.read(exchange);
        calls.add(new Call(method, params, Instant.now()));
        Long chatId = chatIdOf(params);
        Optional<Fault> fault = faults.take(method, chatId);
        if (fault.isPresent() && !fault.get().performsCall()) {
            inflict(fault.get());
        }
        methods.validate(method, params);
        limiter.admit(method, chatId);
        JsonNode result = methods.perform(method, params);
        return fault.map(spoiler -> spoiler.answered(result)).orElse(result);
    }

    private void inflict(Fault fault) throws InterruptedException, DropConnection, HtmlPage {
        if (fault.dropsConnection()) {
            pause(fault.hold());
            throw new DropConnection();
        }
        if (fault.body() == Fault.Body.HTML_PAGE) {
            throw new HtmlPage(fault.errorCode(), fault.description());
        }
        throw fault.toError();
    }

    private void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        if (status == 429) {
            tooManyRequests.incrementAndGet();
        }
        respond(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] bytes)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Long chatIdOf(ObjectNode params) {
        JsonNode chatId = params.path("chat_id");
        return chatId.isNumber() || chatId.asText().matches("-?\\d+") ? chatId.asLong() : null;
    }

    private static void pause(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }
}
