package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Source;
import org.junit.jupiter.api.Test;

/**
 * The console's rendering, compared with golden files in {@code src/test/resources/golden/}: after a deliberate
 * change of the output, rewrite them with {@code ./mvnw test -Dgolden.update=true -Dtest=PlainTextRendererTest}.
 */
class PlainTextRendererTest {

    private final PlainTextRenderer renderer = new PlainTextRenderer();

    @Test
    void shouldRenderARegionWithQuotesSourceAndSuggestions() {
        GoldenFiles.assertMatches("plain-region.txt", renderer.render(SampleAnswers.region()));
    }

    @Test
    void shouldRenderANotFoundAnswer() {
        GoldenFiles.assertMatches("plain-not-found.txt", renderer.render(SampleAnswers.notFound()));
    }

    @Test
    void shouldRenderMarkupAndEmojiAsTheyAre() {
        GoldenFiles.assertMatches("plain-hostile.txt", renderer.render(SampleAnswers.hostile()));
    }

    @Test
    void shouldCiteEachSourceOnceWithAnEnglishDate() {
        String text = renderer.render(SampleAnswers.region());

        assertThat(text).containsOnlyOnce("Source: Global Times, 28 January 2024 — “Lawmakers and political advisors "
                + "brainstorm to seize opportunity for AI growth”");
        assertThat(text).endsWith("Try: /region Guangdong · /who elderly care");
    }

    @Test
    void shouldGiveTheArticlesWebAddressAfterItsSourceLineAndNoOtherAddress() {
        Answer.Quote linked = new Answer.Quote("A quote.", new Source("Linked", "Xinhua", LocalDate.of(2025, 1, 20),
                "https://example.org/article"));
        Answer.Quote unsafe = new Answer.Quote("Another.", new Source("Unsafe", "", null, "javascript:alert(1)"));
        String text = renderer.render(new Answer("Two", List.of(new Answer.Item("One", List.of(), List.of(linked)),
                new Answer.Item("Other", List.of(), List.of(unsafe))), List.of(), List.of()));

        assertThat(text).contains("Source: Xinhua, 20 January 2025 — “Linked” — https://example.org/article")
                .contains("Source: “Unsafe”").doesNotContain("javascript");
    }

    @Test
    void shouldDropControlCharactersThatCouldSteerTheTerminal() {
        String text = renderer.render(Answer.of("red \u001B[31malert\u0007 done\r"));

        assertThat(text).isEqualTo("red [31malert done");
    }

    @Test
    void shouldIndentEveryLineOfAMultiLineDetail() {
        Answer answer = new Answer("h", List.of(new Answer.Item("t", List.of("one\ntwo"), List.of())),
                List.of(), List.of());

        assertThat(renderer.render(answer)).isEqualTo("h\n\nt\n  one\n  two");
    }
}
