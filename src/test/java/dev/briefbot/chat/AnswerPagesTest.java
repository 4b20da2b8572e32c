package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerPagesTest {

    private static ChatRouter router;

    private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();
    private final AnswerPages pages = new AnswerPages(renderer);

    @BeforeAll
    static void loadLibrary() {
        Answers answers = Answers.of(new LibraryLoader().load(
                Path.of("src/test/resources/global-times/seeds"), Path.of("config")));
        router = new ChatRouter(() -> answers, new ChatSettings("BriefBot"));
    }

    @Test
    void shouldKeepShortAnswerOnOnePage() {
        Answer region = SampleAnswers.region();

        assertThat(pages.of(region)).containsExactly(region);
    }

    @Test
    void shouldKeepHelpWithItsShortItemsOnOnePage() {
        assertThat(pages.of(reply("/help"))).hasSize(1);
    }

    @Test
    void shouldPageLongRegionAnswerIntoPagesThatFitOnePhoneScreenEach() {
        Answer guangdong = reply("/region Guangdong");

        List<Answer> shown = pages.of(guangdong);

        assertThat(renderer.visibleLength(guangdong)).isGreaterThan(AnswerPages.SCREEN_CHARS);
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        assertThat(shown).allSatisfy(page -> {
            assertThat(page.items()).hasSizeBetween(1, AnswerPages.ITEMS_PER_PAGE);
            assertThat(renderer.visibleLength(page)).isLessThanOrEqualTo(AnswerPages.SCREEN_CHARS);
            assertThat(renderer.render(page)).singleElement()
                    .satisfies(html -> assertThat(html.length()).isLessThanOrEqualTo(AnswerPages.PAGE_CHARS));
            assertThat(page.headline()).isEqualTo(guangdong.headline());
            assertThat(page.notes()).isEqualTo(guangdong.notes());
            assertThat(page.suggestions()).isEqualTo(guangdong.suggestions());
        });
        assertThat(shown.stream().flatMap(page -> page.items().stream())).containsExactlyElementsOf(guangdong.items());
    }

    @Test
    void shouldShowEachQuoteWithItsSourceOnTheSamePage() {
        for (Answer page : pages.of(SampleAnswers.long60())) {
            String html = renderer.render(page).get(0);

            assertThat(html).contains("<i>Source: Global Times, 28 January 2024");
        }
    }

    @Test
    void shouldSplitManySuggestionsTenToAPage() {
        Answer topics = reply("/topics");

        List<Answer> shown = pages.of(topics);

        assertThat(shown).extracting(page -> page.suggestions().size()).containsExactly(10, 10, 10, 10, 3);
        assertThat(shown.stream().flatMap(page -> page.suggestions().stream()))
                .containsExactlyElementsOf(topics.suggestions());
        assertThat(shown).allSatisfy(page -> assertThat(page.notes()).isEqualTo(topics.notes()));
    }

    @Test
    void shouldGiveAnOversizedItemAPageOfItsOwn() {
        Answer.Item huge = new Answer.Item("Huge", List.of("x".repeat(AnswerPages.PAGE_CHARS)), List.of());
        Answer.Item small = new Answer.Item("Small", List.of("a line"), List.of());
        Answer answer = new Answer("Mixed", List.of(small, huge, small), List.of(), List.of());

        assertThat(pages.of(answer)).extracting(page -> page.items().size()).containsExactly(1, 1, 1);
    }

    @Test
    void shouldPutAtMostFiveItemsOnAPage() {
        List<Answer.Item> items = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> new Answer.Item("Item " + n, List.of("y".repeat(100)), List.of())).toList();

        List<Answer> shown = pages.of(new Answer("Twelve", items, List.of(), List.of()));

        assertThat(shown).extracting(page -> page.items().size()).containsExactly(5, 5, 2);
    }

    private static Answer reply(String text) {
        return router.reply(ChatRequest.privateChat(1, text)).orElseThrow();
    }
}
