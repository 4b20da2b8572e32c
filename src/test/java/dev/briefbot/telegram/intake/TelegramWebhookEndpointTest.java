package dev.briefbot.telegram.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

/** What the endpoint answers Telegram when the lanes cannot take an update now: an error, so Telegram resends it. */
class TelegramWebhookEndpointTest {

    private static final String SECRET = "s3cret_-";

    private final List<Integer> handled = new CopyOnWriteArrayList<>();
    private final CountDownLatch busy = new CountDownLatch(1);
    private final ChatLanes lanes = ChatLanesTest.lanes(update -> {
        awaitQuietly(busy);
        handled.add(update.updateId());
    }, 1, 1);
    private final TelegramWebhookEndpoint endpoint = new TelegramWebhookEndpoint(
            new WebhookSettings("/telegram/webhook", "https://bot.example.org/telegram/webhook", SECRET), lanes);

    @AfterEach
    void stopLanes() {
        busy.countDown();
        lanes.close();
    }

    @Test
    void shouldAskTelegramToResendWhileTheLaneIsFullAndAnswerTheResentUpdateOnce() throws Exception {
        assertThat(post(1)).isEqualTo(HttpStatus.OK);
        assertThat(post(2)).isEqualTo(HttpStatus.OK);

        assertThat(post(3)).as("lane busy with 1, 2 waiting: no room").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        busy.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> post(3) == HttpStatus.OK);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 3);
        assertThat(post(3)).as("Telegram resending after a lost answer").isEqualTo(HttpStatus.OK);
        lanes.drain(Duration.ofSeconds(5));
        assertThat(handled).containsExactly(1, 2, 3);
    }

    @Test
    void shouldAskTelegramToResendOnceTheBotIsStopping() throws Exception {
        lanes.drain(Duration.ZERO);

        assertThat(post(4)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(handled).isEmpty();
    }

    private HttpStatus post(int updateId) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/telegram/webhook");
        request.addHeader(TelegramWebhookEndpoint.SECRET_HEADER, SECRET);
        request.setContentType("application/json");
        request.setContent(("{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
                + ",\"date\":1706400000,\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"hello\"}}").getBytes());
        ServerRequest serverRequest = ServerRequest.create(request, List.of(new ByteArrayHttpMessageConverter()));
        return HttpStatus.valueOf(endpoint.receive(serverRequest).statusCode().value());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
