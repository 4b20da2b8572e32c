package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /region} over the real brief and gazetteer. */
class RegionAnswersTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private final Answers answers = Answers.of(LIBRARY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Shenzhen", "shenzen", "深圳", "SHENZHEN city"})
    void shouldNameXiaJunAndTianJiajunForShenzhenAndSayGuangdongRanksSecond(String typed) {
        Answer answer = answers.region(typed);

        assertThat(answer.headline()).isEqualTo("Shenzhen (深圳) — a city in Guangdong");
        assertThat(titles(answer)).anyMatch(title -> title.startsWith("Xia Jun"))
                .anyMatch(title -> title.startsWith("Tian Jiajun"));
        assertThat(answer.notes()).anyMatch(note -> note.startsWith(
                "Guangdong, Shenzhen's province, ranks 2nd of the top 10 in the Regional Competitiveness"
                        + " Evaluation Index") && note.contains("(May 2023)"));
    }

    @Test
    void shouldQuoteEveryFactItStatesWithItsSource() {
        Answer answer = answers.region("Shenzhen");

        assertThat(answer.items()).allSatisfy(item -> assertThat(item.quotes()).isNotEmpty());
        assertThat(answer.items()).anySatisfy(item -> assertThat(item.quotes())
                .anyMatch(quote -> quote.text().contains("the top 10 provincial-level regions are Beijing")));
        assertThat(answer.sources()).singleElement()
                .satisfies(source -> assertThat(source.publisher()).isEqualTo("Global Times"));
    }

    @Test
    void shouldListTheShenzhenContextTheBriefGives() {
        Answer answer = answers.region("Shenzhen");

        assertThat(titles(answer)).anyMatch(title -> title.startsWith("Context:") && title.contains("Yangtze"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nanshan", "Nanshan District", "南山区", "nanshen"})
    void shouldPlaceADistrictInItsCityAndProvinceWithTheProvincesRanking(String typed) {
        Answer answer = answers.region(typed);

        assertThat(answer.headline()).isEqualTo("Nanshan (南山) — a district of Shenzhen, Guangdong");
        assertThat(answer.notes()).anyMatch(note -> note.startsWith("Guangdong, Nanshan's province, ranks 2nd"));
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::label).contains("Shenzhen", "Guangdong");
    }

    @Test
    void shouldNameAZoneRunByAProvinceWithItsProvince() {
        Answer answer = answers.region("Xiong'an New Area");

        assertThat(answer.headline()).isEqualTo("Xiong'an (雄安新区) — a zone in Hebei");
        assertThat(answer.notes()).anyMatch(note -> note.startsWith("Hebei, Xiong'an's province, is not among"));
    }

    @Test
    void shouldGiveAProvinceTheProposalsOfItsCities() {
        Answer answer = answers.region("guang dong");

        assertThat(answer.headline()).startsWith("Guangdong");
        assertThat(titles(answer)).anyMatch(title -> title.startsWith("Xia Jun"));
        assertThat(answer.notes()).anyMatch(note -> note.startsWith("Guangdong ranks 2nd of the top 10"));
    }

    @Test
    void shouldNameBeijingsAdvisorsWhateverTheCase() {
        Answer answer = answers.region("BEIJING");

        assertThat(titles(answer)).anyMatch(title -> title.startsWith("Wu Wenyan"))
                .anyMatch(title -> title.startsWith("Shen Teng"));
        assertThat(answer.notes()).anyMatch(note -> note.startsWith("Beijing ranks 1st of the top 10"));
    }

    @Test
    void shouldSayKindlyThatTheBriefsHaveNothingForYunnan() {
        Answer answer = answers.region("Yunnan");

        assertThat(answer.headline()).startsWith("Yunnan");
        assertThat(answer.notes()).contains("The briefs have no proposals for Yunnan.")
                .anyMatch(note -> note.startsWith("Yunnan is not among the top 10"));
        assertThat(titles(answer)).noneMatch(title -> title.contains("Xia Jun") || title.contains("Wu Wenyan"));
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::command).contains("/region Shenzhen");
    }

    @Test
    void shouldAskWhichRegionWhenATypoFitsTwo() {
        Answer answer = answers.region("Hunnan");

        assertThat(answer.headline()).startsWith("Did you mean");
        assertThat(answer.suggestions()).containsExactlyInAnyOrder(
                new Answer.Suggestion("Hunan", "/region Hunan"), new Answer.Suggestion("Yunnan", "/region Yunnan"));
        assertThat(answer.items()).isEmpty();
    }

    @Test
    void shouldSayItDoesNotKnowARegionFarFromEveryName() {
        Answer answer = answers.region("Atlantis");

        assertThat(answer.headline()).isEqualTo("I don't know a region called “Atlantis”.");
        assertThat(answer.items()).isEmpty();
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::command)
                .contains("/region Shenzhen", "/region Beijing", "/region Shanghai", "/region Shandong");
    }

    @Test
    void shouldNameAClustersMembersAndTheirPlaces() {
        Answer answer = answers.region("Yangtze River Delta");

        assertThat(answer.headline()).contains("a cluster of Shanghai, Jiangsu, Zhejiang and Anhui");
        assertThat(answer.notes()).anyMatch(note -> note.contains("Shanghai (3rd)"));
    }

    @Test
    void shouldExplainABareRegionCommandWithOneSuggestionPerRegionWithProposals() {
        Answer answer = answers.regions();

        assertThat(answer.headline()).startsWith("Send /region followed by a place, e.g. /region ");
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::label)
                .containsExactlyInAnyOrder("Shenzhen", "Hong Kong", "Beijing", "Shanghai", "Shandong");
    }

    private static List<String> titles(Answer answer) {
        return answer.items().stream().map(Answer.Item::title).toList();
    }
}
