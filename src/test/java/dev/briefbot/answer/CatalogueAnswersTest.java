package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;


import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;

/** {@code /topics} and {@code /source} over the real brief. */
class CatalogueAnswersTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private final Answers answers = Answers.of(LIBRARY);

    @Test
    void shouldOfferEveryTopicOnceMostProposedFirstEachRunningWho() {
        Answer answer = answers.topics();

        assertThat(answer.suggestions()).first()
                .isEqualTo(new Answer.Suggestion("education reform", "/who education reform"));
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::label)
                .contains("elderly care", "traditional Chinese medicine", "regulation")
                .doesNotHaveDuplicates();
        assertThat(answer.suggestions()).allMatch(suggestion -> suggestion.command().equals("/who " + suggestion.label()));
    }

    @Test
    void shouldDescribeEachBriefLoaded() {
        Answer answer = answers.source();

        assertThat(answer.headline()).isEqualTo("1 brief loaded");
        assertThat(answer.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo(
                    "Lawmakers and political advisors brainstorm to seize opportunity for AI growth");
            assertThat(item.lines()).containsExactly(
                    "Open-source large model will be more accessible, affordable in 2024",
                    "Global Times · CHINA / POLITICS · published Jan 28, 2024 08:50 PM",
                    "9 people, 15 proposals and statements, 1 ranking");
        });
    }
}
