package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dev.briefbot.telegram.conversation.InlineAnswers;

/**
 * Inline mode over HTTP: "@BriefBot shenzhen" typed in a chat, through the real TelegramBots starter and client,
 * answered to a fake Bot API that accepts an answer only as Telegram would (HTML parsed, ids unique and at most 64
 * bytes, at most 50 results, each query answered once).
 */
class TelegramInlineIT extends BotOverFakeTelegram {

    private static final int FLOOD_LIMIT = 3;

    @DynamicPropertySource
    static void floodLimit(DynamicPropertyRegistry registry) {
        registry.add("briefbot.telegram.flood.per-minute", () -> FLOOD_LIMIT);
    }

    @Test
    void shouldOfferShenzhenRegionFirstWithItsAnswerInHtml() {
        JsonNode answer = ask(801, "shenzhen");

        JsonNode first = answer.path("results").get(0);
        assertThat(first.path("type").asText()).isEqualTo("article");
        assertThat(first.path("id").asText()).isEqualTo("region:shenzhen");
        assertThat(first.path("title").asText()).isEqualTo("Shenzhen — 4 statements");
        assertThat(first.path("description").asText()).isEqualTo("Shenzhen (深圳) — a city in Guangdong");
        JsonNode message = first.path("input_message_content");
        assertThat(message.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(message.path("message_text").asText())
                .startsWith("<b>Shenzhen (深圳) — a city in Guangdong</b>")
                .contains("<b>Xia Jun — CPPCC member · Shenzhen</b>")
                .contains("<blockquote>In Shenzhen, Xia Jun, a CPPCC member")
                .contains("<i>Source: Global Times, 28 January 2024");
    }

    @Test
    void shouldLetTelegramCacheTheSameResultsForEveryone() {
        JsonNode answer = ask(802, "shanghai");

        assertThat(answer.path("cache_time").asInt()).isEqualTo(InlineAnswers.CACHE_SECONDS);
        assertThat(answer.path("is_personal").asBoolean(true)).isFalse();
        assertThat(answer.path("button").path("start_parameter").asText()).isEqualTo(InlineAnswers.START_PARAMETER);
    }

    @Test
    void shouldOfferPersonThenWhatTheySaid() {
        JsonNode results = ask(803, "xia jun").path("results");

        List<String> titles = titles(results);
        assertThat(titles.get(0)).startsWith("Xia Jun — CPPCC member");
        assertThat(results.get(0).path("input_message_content").path("message_text").asText())
                .contains("Traditional Chinese medicine");
        assertThat(titles.subList(1, titles.size())).isNotEmpty()
                .allSatisfy(title -> assertThat(title).containsIgnoringCase("medicine"));
    }

    @Test
    void shouldOfferProposalsThatMatchTheWords() {
        JsonNode results = ask(804, "elderly care robots").path("results");

        assertThat(titles(results)).anyMatch(title -> title.startsWith("Apply AI robots to elderly care"));
        assertThat(results).allSatisfy(result -> assertThat(result.path("id").asText().getBytes().length)
                .isBetween(1, InlineAnswers.MAX_ID_BYTES));
    }

    @Test
    void shouldAnswerNoResultsWhenNothingMatches() {
        assertThat(ask(805, "quantum knitting").path("results")).isEmpty();
    }

    @Test
    void shouldOfferRegionsWithProposalsForAnEmptyQuery() {
        JsonNode results = ask(806, "").path("results");

        assertThat(results).isNotEmpty()
                .allSatisfy(result -> assertThat(result.path("id").asText()).startsWith("region:"));
    }

    @Test
    void shouldAnswerHostileQuerySafely() {
        String hostile = "<b>shenzhen</b> & <script>\u0007\u0000 " + "&amp;".repeat(60);

        JsonNode results = ask(807, hostile).path("results");

        // accepted by the fake means Telegram's HTML check passed on every article
        assertThat(results.get(0).path("id").asText()).isEqualTo("region:shenzhen");
    }

    @Test
    void shouldAnswerEveryKeystrokeWithoutCountingItAgainstTheFloodGuard() {
        List<String> keystrokes = new ArrayList<>();
        for (String typed = ""; typed.length() < "shenzhen".length(); ) {
            typed = "shenzhen".substring(0, typed.length() + 1);
            keystrokes.add(typed);
        }
        keystrokes.forEach(typed -> ask(808, typed));

        telegram.privateMessage(808, "/region Shenzhen");

        assertThat(telegram.awaitSent(808, 1, WAIT).get(0).text()).contains("Xia Jun");
    }

    private static JsonNode ask(long userId, String query) {
        String queryId = telegram.inlineQuery(userId, query).path("inline_query").path("id").asText();
        return telegram.awaitInlineAnswer(queryId, WAIT);
    }

    private static List<String> titles(JsonNode results) {
        List<String> titles = new ArrayList<>();
        results.forEach(result -> titles.add(result.path("title").asText()));
        return titles;
    }
}
