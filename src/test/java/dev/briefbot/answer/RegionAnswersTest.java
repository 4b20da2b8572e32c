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
    void shouldSayFirstWhoMadeProposalsForShenzhenAndWhereGuangdongRanks(String typed) {
        Answer answer = answers.region(typed);

        assertThat(answer.headline()).isEqualTo("Shenzhen (深圳), a city in Guangdong: 2 people made 4 statements "
                + "for it, Xia Jun and Tian Jiajun.");
        assertThat(titles(answer)).filteredOn(title -> title.startsWith("Xia Jun")).hasSize(1);
        assertThat(titles(answer)).filteredOn(title -> title.startsWith("Tian Jiajun")).hasSize(1);
        assertThat(lines(answer)).containsOnlyOnce("Guangdong, Shenzhen's province, ranks 2nd of the top 10.");
        assertThat(answer.notes()).isEmpty();
    }

    @Test
    void shouldGroupEachPersonsProposalsUnderOneHeader() {
        Answer answer = answers.region("Shenzhen");

        assertThat(answer.items()).filteredOn(item -> item.title().startsWith("Xia Jun")).singleElement()
                .satisfies(item -> assertThat(item.points()).hasSize(2));
    }

    @Test
    void shouldQuoteEveryFactItStatesOnceWithItsSource() {
        Answer answer = answers.region("Shenzhen");
        List<String> quotes = answer.items().stream().flatMap(item -> item.quotes().stream())
                .map(Answer.Quote::text).toList();

        assertThat(answer.items()).allSatisfy(item -> assertThat(item.points()).isNotEmpty());
        assertThat(quotes).doesNotHaveDuplicates()
                .anyMatch(quote -> quote.contains("the top 10 provincial-level regions are Beijing"));
        assertThat(answer.sources()).singleElement()
                .satisfies(source -> assertThat(source.publisher()).isEqualTo("Global Times"));
    }

    @Test
    void shouldNameTheRankingOnceInTheBotsOwnWords() {
        for (String region : List.of("Shenzhen", "Hong Kong", "Beijing", "Sichuan")) {
            Answer answer = answers.region(region);
            String own = answer.headline() + "\n" + String.join("\n", titles(answer)) + "\n"
                    + String.join("\n", lines(answer)) + "\n" + String.join("\n", answer.notes());

            assertThat(own.split("Regional Competitiveness Evaluation Index", -1)).as(region).hasSizeLessThanOrEqualTo(2);
            assertThat(own.split("the top 10", -1)).as(region).hasSizeLessThanOrEqualTo(2);
        }
    }

    @Test
    void shouldListTheShenzhenContextTheBriefGives() {
        Answer answer = answers.region("Shenzhen");

        assertThat(answer.items()).filteredOn(item -> item.title().equals("Context")).singleElement()
                .satisfies(item -> assertThat(item.points().get(0).text()).contains("Yangtze"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Beijing", "Shanghai", "Yangtze River Delta", "Beijing-Tianjin-Hebei"})
    void shouldLeaveOutContextWhoseSubjectIsAnotherRegion(String region) {
        Answer answer = answers.region(region);

        assertThat(answer.items()).noneMatch(item -> item.title().equals("Context")
                && item.points().get(0).text().startsWith("Shenzhen has a gap"));
    }

    @Test
    void shouldShowHongKongsQuotesAndRankingOnce() {
        Answer answer = answers.region("Hong Kong");
        List<String> quotes = answer.items().stream().flatMap(item -> item.quotes().stream())
                .map(Answer.Quote::text).toList();

        assertThat(quotes).doesNotHaveDuplicates();
        assertThat(lines(answer)).containsOnlyOnce("Hong Kong is not among the top 10.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nanshan", "Nanshan District", "南山区", "nanshen"})
    void shouldPlaceADistrictInItsCityAndProvinceWithTheProvincesRanking(String typed) {
        Answer answer = answers.region(typed);

        assertThat(answer.headline()).isEqualTo("Nanshan (南山), a district of Shenzhen, Guangdong: the briefs have no "
                + "proposals for it. Guangdong, Nanshan's province, ranks 2nd of the top 10.");
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::label).contains("Shenzhen", "Guangdong");
    }

    @Test
    void shouldNameAZoneRunByAProvinceWithItsProvince() {
        Answer answer = answers.region("Xiong'an New Area");

        assertThat(answer.headline()).isEqualTo("Xiong'an (雄安新区), a zone in Hebei: the briefs have no proposals for "
                + "it. Hebei, Xiong'an's province, is not among the top 10.");
    }

    @Test
    void shouldGiveAProvinceTheProposalsOfItsCities() {
        Answer answer = answers.region("guang dong");

        assertThat(answer.headline()).startsWith("Guangdong (广东), a province: 2 people made 4 statements");
        assertThat(titles(answer)).anyMatch(title -> title.startsWith("Xia Jun"));
        assertThat(lines(answer)).contains("Guangdong ranks 2nd of the top 10.");
    }

    @Test
    void shouldNameBeijingsAdvisorsWhateverTheCase() {
        Answer answer = answers.region("BEIJING");

        assertThat(titles(answer)).anyMatch(title -> title.startsWith("Wu Wenyan"))
                .anyMatch(title -> title.startsWith("Shen Teng"));
        assertThat(lines(answer)).contains("Beijing ranks 1st of the top 10.");
    }

    @Test
    void shouldSayKindlyThatTheBriefsHaveNothingForYunnan() {
        Answer answer = answers.region("Yunnan");

        assertThat(answer.headline()).isEqualTo("Yunnan (云南), a province: the briefs have no proposals for it. "
                + "Yunnan is not among the top 10.");
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
    void shouldGiveAClusterItsMembersProposalsAndPlaces() {
        Answer answer = answers.region("Yangtze River Delta");

        assertThat(answer.headline()).contains("a cluster of Shanghai, Jiangsu, Zhejiang and Anhui")
                .contains("Jiang Biyan and Xu Li");
        assertThat(titles(answer)).anyMatch(title -> title.startsWith("Jiang Biyan"));
        assertThat(lines(answer)).anyMatch(line -> line.contains("Shanghai (3rd)"));
    }

    @Test
    void shouldExplainABareRegionCommandWithOneSuggestionPerRegionWithProposals() {
        Answer answer = answers.regions();

        assertThat(answer.headline()).isEqualTo("5 regions have proposals in the briefs: Shenzhen, Shanghai, "
                + "Beijing, Shandong and Hong Kong.");
        assertThat(answer.notes()).singleElement().asString().startsWith("Send /region followed by a place");
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::label)
                .containsExactlyInAnyOrder("Shenzhen", "Hong Kong", "Beijing", "Shanghai", "Shandong");
    }

    private static List<String> titles(Answer answer) {
        return answer.items().stream().map(Answer.Item::title).toList();
    }

    private static List<String> lines(Answer answer) {
        return answer.items().stream().flatMap(item -> item.lines().stream()).toList();
    }
}
