package dev.briefbot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class MastheadTest {

    private static final String GLOBAL_TIMES = """
            CHINA / POLITICS
            Lawmakers and political advisors brainstorm to seize opportunity for AI growth
            Open-source large model will be more accessible, affordable in 2024
            Published: Jan 28, 2024 08:50 PM
            AI Photo: VCG

            Recognizing the immense potential of artificial intelligence (AI), Chinese provincial lawmakers and political advisors are actively brainstorming innovative ideas to seize the opportunity.

            Zhou told the Global Times that China possesses the most extensive range of industries globally.
            """;

    @Test
    void shouldReadSectionTitleSubtitleAndPublicationTimeFromTheLinesBeforeTheStory() {
        Masthead masthead = Masthead.read("2024-01-28-global-times-ai-growth", GLOBAL_TIMES);

        assertThat(masthead.section()).isEqualTo("CHINA / POLITICS");
        assertThat(masthead.title())
                .isEqualTo("Lawmakers and political advisors brainstorm to seize opportunity for AI growth");
        assertThat(masthead.subtitle()).isEqualTo("Open-source large model will be more accessible, affordable in 2024");
        assertThat(masthead.published()).isEqualTo(Published.at(LocalDateTime.of(2024, 1, 28, 20, 50)));
        assertThat(masthead.publisher()).isEqualTo("Global Times");
        assertThat(GLOBAL_TIMES.substring(masthead.bodyStart())).startsWith("Recognizing");
    }

    @Test
    void shouldReadADateAloneABylineAndASourceLine() {
        String text = """
                Shenzhen advisors back AI zones
                By Li Ming
                Source: Shenzhen Daily
                28 January 2024

                Political advisors in Shenzhen on Sunday proposed new pilot zones for artificial intelligence in Nanshan.
                """;

        Masthead masthead = Masthead.read("shenzhen-ai", text);

        assertThat(masthead.title()).isEqualTo("Shenzhen advisors back AI zones");
        assertThat(masthead.subtitle()).isNull();
        assertThat(masthead.publisher()).isEqualTo("Shenzhen Daily");
        assertThat(masthead.published()).isEqualTo(Published.on(LocalDate.of(2024, 1, 28)));
        assertThat(masthead.section()).isNull();
    }

    @Test
    void shouldReadEachLabelledPartOfASourceLine() {
        Masthead masthead = Masthead.read("x", "A headline\nSource: Xinhua | Editor: someone | 2025-01-20\n\n"
                + "Officials in the city on Monday announced a new programme for artificial intelligence in schools.\n");

        assertThat(masthead.publisher()).isEqualTo("Xinhua");
        assertThat(masthead.published()).isEqualTo(Published.on(LocalDate.of(2025, 1, 20)));
    }

    @Test
    void shouldFallBackToTheIdsDateAndTheFirstLine() {
        Masthead masthead = Masthead.read("2024-03-05-untitled",
                "Advisors in Hefei spoke about quantum computing and its role in the economy of the province today.");

        assertThat(masthead.published()).isEqualTo(Published.on(LocalDate.of(2024, 3, 5)));
        assertThat(masthead.title()).startsWith("Advisors in Hefei");
        assertThat(masthead.publisher()).isNull();
    }

    @Test
    void shouldReadTheDateFormsNewsPagesPrint() {
        assertThat(Masthead.date("Updated: 2024-03-05 14:07")).contains(
                Published.at(LocalDateTime.of(2024, 3, 5, 14, 7)));
        assertThat(Masthead.date("March 5, 2024 9:15 a.m.")).contains(
                Published.at(LocalDateTime.of(2024, 3, 5, 9, 15)));
        assertThat(Masthead.date("Sept. 3, 2024")).contains(Published.on(LocalDate.of(2024, 9, 3)));
        assertThat(Masthead.date("6:00am, 24 Jan 2025")).contains(
                Published.at(LocalDateTime.of(2025, 1, 24, 6, 0)));
        assertThat(Masthead.date("no date here")).isEmpty();
    }
}
