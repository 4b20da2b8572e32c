package dev.briefbot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's webhook behaves as Telegram's: it blocks getUpdates, posts with the secret, and resends after an error. */
class FakeWebhookIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private record Received(String secret, JsonNode update) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseFirst = new AtomicInteger();
    private FakeBotApi telegram;
    private HttpServer bot;

    @BeforeEach
    void start() throws IOException {
        telegram = FakeBotApi.start();
        bot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        bot.createContext("/hook", exchange -> {
            try (exchange) {
                received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookPush.SECRET_HEADER),
                        JSON.readTree(exchange.getRequestBody())));
                exchange.sendResponseHeaders(refuseFirst.getAndDecrement() > 0 ? 503 : 200, -1);
            }
        });
        bot.start();
    }

    @AfterEach
    void stop() {
        telegram.close();
        bot.stop(0);
    }

    @Test
    void shouldRefuseGetUpdatesWhileAWebhookIsSetAndKeepPendingUpdatesWhenItIsDeleted() throws Exception {
        assertThat(call("setWebhook", Map.of("url", "http://127.0.0.1:9/nobody", "secret_token", "s_1")).statusCode())
                .isEqualTo(200);

        HttpResponse<String> refused = call("getUpdates", Map.of("timeout", 0));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("can't use getUpdates method while webhook is active");

        telegram.privateMessage(7, "hello");
        assertThat(call("deleteWebhook", Map.of()).statusCode()).isEqualTo(200);
        assertThat(telegram.webhook()).isEmpty();
        assertThat(JSON.readTree(call("getUpdates", Map.of("timeout", 0)).body()).path("result")).hasSize(1);
    }

    @Test
    void shouldPostQueuedUpdatesWithTheSecretAndResendWhatTheBotRefused() throws Exception {
        refuseFirst.set(1);
        call("setWebhook", Map.of("url", "http://127.0.0.1:" + bot.getAddress().getPort() + "/hook",
                "secret_token", "s_1", "allowed_updates", List.of("message")));

        JsonNode sent = telegram.privateMessage(7, "hello");

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);
        assertThat(received).allSatisfy(post -> {
            assertThat(post.secret()).isEqualTo("s_1");
            assertThat(post.update().toString()).isEqualTo(sent.toString());
        });
        assertThat(telegram.webhookAnswers()).containsExactly(503, 200);
        assertThat(telegram.webhook().orElseThrow().allowedUpdates()).containsExactly("message");
    }

    @Test
    void shouldRefuseASecretTelegramWouldRefuse() throws Exception {
        HttpResponse<String> refused = call("setWebhook", Map.of("url", "http://127.0.0.1:9/x", "secret_token",
                "with space"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(telegram.webhook()).isEmpty();
    }

    private HttpResponse<String> call(String method, Map<String, ?> params) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/"
                + method)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(params))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
