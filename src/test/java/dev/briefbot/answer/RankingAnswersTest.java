package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /rankings} over the real brief: the whole list, a top N, a position, a region's standing. */
class RankingAnswersTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;
    private static final String REPORT = "Regional Competitiveness Evaluation Index of China's New Generation "
            + "Artificial Intelligence Technology Industry in 2023";

    private final Answers answers = Answers.of(LIBRARY);

    @Test
    void shouldListTheWholeRankingWithItsNameMonthAndQuote() {
        Answer answer = answers.rankings("");

        assertThat(answer.headline()).isEqualTo("Beijing leads the ranking of 10 regions, followed by Guangdong and "
                + "Shanghai.");
        assertThat(answer.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).contains(REPORT).contains("May 2023");
            assertThat(item.lines()).hasSize(10).startsWith("1. Beijing", "2. Guangdong").endsWith("10. Hunan");
            assertThat(item.quotes()).singleElement()
                    .satisfies(quote -> assertThat(quote.text()).contains("the top 10 provincial-level regions"));
        });
        assertThat(answer.sources()).singleElement()
                .satisfies(source -> assertThat(source.publisher()).isEqualTo("Global Times"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"3", "top 3", "top three", "first 3"})
    void shouldListTheTopThree(String argument) {
        Answer answer = answers.rankings(argument);

        assertThat(answer.items()).singleElement()
                .satisfies(item -> assertThat(item.lines()).containsExactly("1. Beijing", "2. Guangdong", "3. Shanghai"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "11", "top 12"})
    void shouldSayHowManyTheRankingListsWhenAskedForMore(String argument) {
        Answer answer = answers.rankings(argument);

        assertThat(answer.headline()).contains("lists 10 regions");
        assertThat(answer.items()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            third                       | Shanghai ranks 3rd
            3rd                         | Shanghai ranks 3rd
            which region ranks third?   | Shanghai ranks 3rd
            number 7                    | Sichuan ranks 7th
            last                        | Hunan ranks 10th
            which province leads?       | Beijing ranks 1st
            """)
    void shouldNameTheRegionAtAPosition(String argument, String expected) {
        Answer answer = answers.rankings(argument);

        assertThat(answer.headline()).startsWith(expected);
        assertThat(answer.items()).singleElement().satisfies(item -> assertThat(item.quotes()).hasSize(1));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sichuan                     | Sichuan ranks 7th of the top 10
            where does Sichuan rank?    | Sichuan ranks 7th of the top 10
            sichaun                     | Sichuan ranks 7th of the top 10
            Shenzhen                    | Guangdong, Shenzhen's province, ranks 2nd of the top 10
            Yunnan                      | Yunnan is not among the top 10
            Hong Kong                   | Hong Kong is not among the top 10
            """)
    void shouldSayWhereARegionStands(String argument, String expected) {
        Answer answer = answers.rankings(argument);

        assertThat(answer.headline()).startsWith(expected).contains(REPORT);
        assertThat(answer.items()).singleElement().satisfies(item -> assertThat(item.quotes()).hasSize(1));
    }

    @Test
    void shouldGiveEachListedMemberOfACluster() {
        Answer answer = answers.rankings("Yangtze River Delta");

        assertThat(answer.headline()).contains("Shanghai (3rd)", "Zhejiang (4th)", "Jiangsu (5th)", "Anhui (9th)");
    }

    @Test
    void shouldSayHowToAskWhenTheArgumentIsNeitherAPlaceNorAPosition() {
        Answer answer = answers.rankings("banana");

        assertThat(answer.headline()).contains("“banana”");
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::command).contains("/rankings");
    }

    @Test
    void shouldWriteOrdinalsAsPeopleRead() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101).stream().map(Items::ordinal))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st");
    }
}
