package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.briefbot.telegram.fake.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * What an operator watches, over the real stack: the meters a few questions leave, the one INFO line per update
 * (without the question's words), the readiness probe following polling, and the actuator on its own port. Boot
 * tests export no metrics unless asked (@AutoConfigureObservability): here the Prometheus registry is the real one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "briefbot.health.polling-stale-after=3s"})
@AutoConfigureObservability(tracing = false)
@ExtendWith(OutputCaptureExtension.class)
class TelegramMonitoringIT extends BotOverFakeTelegram {

    private static final Duration POLLING_RECOVERS = Duration.ofSeconds(30);

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private HealthEndpoint health;

    @Autowired
    private WebServerApplicationContext context;

    @LocalManagementPort
    private int managementPort;

    @AfterEach
    void telegramAnswersAgain() {
        telegram.clearFaults();
    }

    @Test
    void shouldCountUpdatesCommandsAndAnswerLatencyAndLogEachUpdateWithoutItsText(CapturedOutput output) {
        telegram.privateMessage(901, "/region Shenzhen");
        telegram.privateMessage(902, "who proposed AI robots for elderly care?");
        telegram.groupMessage(-903, 11, "lunch anyone?");

        telegram.awaitSent(901, 1, WAIT);
        telegram.awaitSent(902, 1, WAIT);
        await().atMost(WAIT).until(() -> count("briefbot.updates.handled", "outcome", "ignored") >= 1);

        assertThat(count("briefbot.updates.received", "type", "message")).isGreaterThanOrEqualTo(3);
        assertThat(count("briefbot.commands", "command", "region")).isEqualTo(1);
        assertThat(count("briefbot.commands", "command", "question")).isEqualTo(1);
        assertThat(registry.get("briefbot.answer.latency").tag("command", "question").timer().count()).isEqualTo(1);
        assertThat(count("briefbot.messages.sent", "method", "sendmessage")).isGreaterThanOrEqualTo(2);
        await().atMost(WAIT).until(() -> output.getAll().contains("action=question outcome=answered"));
        assertThat(output.getAll())
                .containsPattern("update=\\d+ type=message chat=private action=region outcome=answered latency_ms=\\d+")
                .containsPattern("type=message chat=group action=question outcome=ignored")
                .doesNotContain("elderly care", "robots", "lunch anyone", "User902", "user902");
    }

    @Test
    void shouldCountRateLimitsAndSendFailuresByReason() {
        telegram.fail("sendMessage", Fault.tooManyRequests(1).inChat(911));
        telegram.privateMessage(911, "/topics");
        telegram.fail("sendMessage", Fault.serverError().inChat(912));
        telegram.privateMessage(912, "/source");
        telegram.fail("sendMessage", Fault.blockedByUser().inChat(913).always());
        telegram.privateMessage(913, "/rankings");

        telegram.awaitSent(911, 1, WAIT);
        telegram.awaitSent(912, 1, WAIT);
        await().atMost(WAIT).until(() -> count("briefbot.updates.handled", "outcome", "undelivered") >= 1);

        assertThat(count("briefbot.telegram.rate.limited")).isGreaterThanOrEqualTo(1);
        assertThat(count("briefbot.send.failures", "reason", "server_error")).isGreaterThanOrEqualTo(1);
        assertThat(count("briefbot.send.failures", "reason", "chat_gone")).isGreaterThanOrEqualTo(1);
        assertThat(count("briefbot.commands", "command", "topics")).isEqualTo(1);
    }

    @Test
    void shouldNotBeReadyWhileTelegramFailsPollingAndBeReadyOnceItAnswersAgain() {
        telegram.fail("getUpdates", Fault.serverError().always());

        await().atMost(WAIT).until(() -> readiness() == Status.DOWN);
        assertThat(((CompositeHealth) health.healthForPath("readiness")).getComponents())
                .containsKeys("readinessState", "db", "library", "telegramPolling");
        assertThat(health.healthForPath("readiness", "telegramPolling").getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.healthForPath("readiness", "db").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("readiness", "library").getStatus()).isEqualTo(Status.UP);

        telegram.clearFaults();
        telegram.privateMessage(921, "/help");

        await().atMost(POLLING_RECOVERS).pollInterval(Duration.ofMillis(50)).until(() -> readiness() == Status.UP);
        telegram.awaitSent(921, 1, WAIT);
    }

    @Test
    void shouldServeHealthAndPrometheusOnTheManagementPortAndNothingOnTheServerPort() throws Exception {
        telegram.privateMessage(931, "/start");
        telegram.awaitSent(931, 1, WAIT);

        HttpResponse<String> prometheus = get("/actuator/prometheus");
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("briefbot_updates_received_total{", "briefbot_commands_total{",
                "briefbot_answer_latency_seconds_bucket{", "briefbot_messages_sent_total{",
                "briefbot_telegram_rate_limited_total", "briefbot_outbox_backlog", "briefbot_subscriptions",
                "command=\"start\"", "type=\"message\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.body()).contains("\"db\"", "\"library\"", "\"telegramPolling\"");
        assertThat(context.getWebServer().getPort()).as("server.port, unused while polling").isEqualTo(-1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + path)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Status readiness() {
        return health.healthForPath("readiness").getStatus();
    }

    private double count(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
