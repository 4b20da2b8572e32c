package dev.briefbot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake answers inline queries as Telegram does: once each, and only with results Telegram would take. */
class FakeInlineQueryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final long USER = 42;

    private FakeBotApi telegram;

    @BeforeEach
    void start() {
        telegram = FakeBotApi.start();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void shouldAcceptAnAnswerOnceAndKeepIt() {
        String queryId = openQuery();

        JsonNode first = answer(queryId, List.of(article("region:shenzhen", "Shenzhen", "<b>Shenzhen</b>")));
        JsonNode again = answer(queryId, List.of(article("region:shenzhen", "Shenzhen", "<b>Shenzhen</b>")));

        assertThat(first.path("ok").asBoolean()).isTrue();
        assertThat(again.path("description").asText()).startsWith("Bad Request: query is too old");
        assertThat(telegram.awaitInlineAnswer(queryId, Duration.ofSeconds(1)).path("results").get(0).path("id")
                .asText()).isEqualTo("region:shenzhen");
    }

    @Test
    void shouldRefuseResultsTelegramRefuses() {
        assertThat(refusal(List.of(article("a", "A", "a"), article("a", "B", "b")))).isEqualTo("RESULT_ID_DUPLICATE");
        assertThat(refusal(List.of(article("x".repeat(65), "A", "a")))).isEqualTo("RESULT_ID_INVALID");
        assertThat(refusal(List.of(article("", "A", "a")))).isEqualTo("RESULT_ID_INVALID");
        assertThat(refusal(List.of(article("a", " ", "a")))).isEqualTo("ARTICLE_TITLE_EMPTY");
        assertThat(refusal(IntStream.range(0, 51).mapToObj(i -> article("r" + i, "A", "a")).toList()))
                .isEqualTo("RESULTS_TOO_MUCH");
        assertThat(refusal(List.of(article("a", "A", "<p>a</p>")))).startsWith("can't parse entities");
    }

    @Test
    void shouldAcceptNoResults() {
        assertThat(answer(openQuery(), List.of()).path("ok").asBoolean()).isTrue();
    }

    @Test
    void shouldSayWhatTelegramThinksOfHtml() {
        assertThat(FakeBotApi.htmlProblem("<b>R&amp;D</b>")).isEmpty();
        assertThat(FakeBotApi.htmlProblem("R&D")).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("Bad Request: can't parse entities"));
    }

    private String refusal(List<Map<String, Object>> results) {
        return answer(openQuery(), results).path("description").asText().replaceFirst("^Bad Request: ", "");
    }

    private String openQuery() {
        return telegram.inlineQuery(USER, "shenzhen").path("inline_query").path("id").asText();
    }

    private static Map<String, Object> article(String id, String title, String html) {
        return Map.of("type", "article", "id", id, "title", title,
                "input_message_content", Map.of("message_text", html, "parse_mode", "HTML"));
    }

    private JsonNode answer(String queryId, List<Map<String, Object>> results) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/answerInlineQuery"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(
                            Map.of("inline_query_id", queryId, "results", results))))
                    .build();
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
