package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Source;
import org.junit.jupiter.api.Test;

/**
 * Telegram HTML rendering, compared with golden files in {@code src/test/resources/golden/}: after a deliberate
 * change of the output, rewrite them with {@code ./mvnw test -Dgolden.update=true -Dtest=TelegramHtmlRendererTest}.
 * Every message is also checked against what Telegram's parser accepts.
 */
class TelegramHtmlRendererTest {

    private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();

    @Test
    void shouldRenderARegionWithBoldTitlesAndQuotedPassages() {
        GoldenFiles.assertMatches("html-region.html", valid(renderer.render(SampleAnswers.region())));
    }

    @Test
    void shouldRenderANotFoundAnswer() {
        GoldenFiles.assertMatches("html-not-found.html", valid(renderer.render(SampleAnswers.notFound())));
    }

    @Test
    void shouldEscapeMarkupInEveryField() {
        List<String> messages = valid(renderer.render(SampleAnswers.hostile()));

        GoldenFiles.assertMatches("html-hostile.html", messages);
        assertThat(messages.get(0)).doesNotContain("<script>").contains("&lt;script&gt;").contains("\"x&amp;y\"")
                .contains("'it's'").contains("&amp;amp;").contains("👩‍👩‍👧");
    }

    @Test
    void shouldSplitALongAnswerBetweenItems() {
        List<String> messages = valid(renderer.render(SampleAnswers.long60()));

        GoldenFiles.assertMatches("html-long-60.html", messages);
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(message -> assertThat(message).startsWith("<b>"));
        assertThat(String.join("\n\n", messages)).contains("Proposal 1 —", "Proposal 60 —", "That is all.");
    }

    @Test
    void shouldNotRenderSuggestionsWhichBecomeButtons() {
        assertThat(String.join("", renderer.render(SampleAnswers.region()))).doesNotContain("/region Guangdong");
    }

    @Test
    void shouldSplitAnItemTooLongForOneMessageBetweenItsLines() {
        List<String> lines = IntStream.range(0, 100).mapToObj(n -> "line " + n + " " + "x".repeat(80))
                .toList();
        Answer answer = new Answer("h", List.of(new Answer.Item("big", lines, List.of())), List.of(), List.of());

        List<String> messages = valid(renderer.render(answer));

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(String.join("\n", messages)).contains("line 0 ", "line 99 ");
        assertThat(messages).allSatisfy(message -> assertThat(message).doesNotStartWith("\n"));
    }

    @Test
    void shouldCutALineTooLongForOneMessageOutsideEntitiesAndTags() {
        String quote = "a&b<c> ".repeat(1500);
        Answer answer = new Answer("h", List.of(new Answer.Item("t", List.of(),
                List.of(new Answer.Quote(quote, SampleAnswers.GLOBAL_TIMES)))), List.of(), List.of());

        List<String> messages = valid(renderer.render(answer));

        assertThat(messages).hasSizeGreaterThan(2);
        String shown = String.join("", messages).replaceAll("<[^>]*>|\n", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertThat(shown.replace(" ", "")).contains("a&b<c>".repeat(1500));
    }

    @Test
    void shouldNeverCutAnEmojiInHalf() {
        Answer answer = Answer.of("😀".repeat(5000));

        List<String> messages = valid(renderer.render(answer));

        assertThat(String.join("", messages).replaceAll("<[^>]*>", "")).isEqualTo("😀".repeat(5000));
    }

    @Test
    void shouldReplaceBrokenCharactersAndDropControls() {
        List<String> messages = valid(renderer.render(Answer.of("a\uD800b\u0000c\u001Bd")));

        assertThat(messages).containsExactly("<b>a\uFFFDbcd</b>");
    }

    @Test
    void shouldNeverSendAnEmptyMessage() {
        assertThat(valid(renderer.render(Answer.of(" \n")))).containsExactly("…");
    }

    @Test
    void shouldLinkTheSourceLineToTheArticleWhereTheBriefGivesItsAddress() {
        Source linked = new Source("AI growth", "Global Times", LocalDate.of(2024, 1, 28),
                "https://example.org/article?id=1&lang=en");

        String html = String.join("", valid(renderer.render(quoting(linked))));

        assertThat(html).contains("<i><a href=\"https://example.org/article?id=1&amp;lang=en\">Source: Global Times, "
                + "28 January 2024 — “AI growth”</a></i>");
    }

    @Test
    void shouldLeaveTheSourceLineUnlinkedForAnAddressTelegramShouldNotOpen() {
        for (String url : List.of("javascript:alert(1)", "https://x.org/\"><b>", "ftp://x.org/a", " ", "")) {
            Source odd = new Source("AI growth", "Global Times", LocalDate.of(2024, 1, 28), url);

            String html = String.join("", valid(renderer.render(quoting(odd))));

            assertThat(html).as(url).doesNotContain("<a ").contains("<i>Source: Global Times");
        }
    }

    private static Answer quoting(Source source) {
        return new Answer("h", List.of(new Answer.Item("t", List.of(), List.of(new Answer.Quote("q", source)))),
                List.of(), List.of());
    }

    private static List<String> valid(List<String> messages) {
        assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(TelegramHtml.problem(message))
                .as("Telegram's verdict on %s", message).isNull());
        return messages;
    }
}
