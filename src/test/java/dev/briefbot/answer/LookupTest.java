package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Answers#lookup}: what a few typed words may mean, over the real brief, as inline mode offers it. */
class LookupTest {

    private final Answers answers = Answers.of(ProjectLibrary.LIBRARY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shenzhen", "Shenzen", "深圳", "shenzh"})
    void shouldOfferShenzhenRegionFirstWithItsWholeAnswer(String typed) {
        Finding first = answers.lookup(typed).get(0);

        assertThat(first.kind()).isEqualTo(Finding.Kind.REGION);
        assertThat(first.title()).isEqualTo("Shenzhen — 4 statements");
        assertThat(first.description()).isEqualTo("Shenzhen (深圳), a city in Guangdong");
        assertThat(first.command()).isEqualTo("/region Shenzhen");
        assertThat(first.answer()).isEqualTo(answers.region("Shenzhen"));
    }

    @Test
    void shouldRankRegionsThenPeopleThenProposals() {
        List<Finding.Kind> kinds = answers.lookup("beijing").stream().map(Finding::kind).toList();

        assertThat(kinds).first().isEqualTo(Finding.Kind.REGION);
        assertThat(kinds).contains(Finding.Kind.PROPOSAL);
        assertThat(kinds).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void shouldOfferAWholeNameBeforeANameItOnlyBegins() {
        List<Finding> found = answers.lookup("xia");

        assertThat(found.get(0).title()).startsWith("Xia Jun — CPPCC member");
        assertThat(found.get(0).description()).startsWith("2 statements: Traditional Chinese medicine");
        assertThat(found).extracting(Finding::key).contains("region:hong-kong"); // Xianggang
    }

    @Test
    void shouldOfferRegionsAndPeopleWhoseNamesBeginAsTyped() {
        assertThat(answers.lookup("sh")).extracting(Finding::title).containsExactly(
                "Shanghai — 2 proposals, 2 statements", "Shenzhen — 4 statements",
                "Shandong — 1 proposal, 1 statement", "Shen Teng — CPPCC member · Beijing");
    }

    @Test
    void shouldOfferProvinceByItsCitiesProposalsAndTheClusterByItsMembers() {
        assertThat(answers.lookup("guang")).extracting(Finding::title).containsExactly("Guangdong — 4 statements",
                "Guangdong-Hong Kong-Macao Greater Bay Area — 4 statements");
    }

    @Test
    void shouldOfferOneProposalHeadedByWhoMadeIt() {
        Finding proposal = answers.lookup("elderly care").stream()
                .filter(finding -> finding.kind() == Finding.Kind.PROPOSAL).findFirst().orElseThrow();

        assertThat(proposal.title()).startsWith("Apply AI robots to elderly care");
        assertThat(proposal.description()).startsWith("Proposed by Wu Wenyan — member of the Beijing Committee");
        assertThat(proposal.answer().headline()).isEqualTo("Proposal by Wu Wenyan");
        assertThat(proposal.answer().items()).singleElement()
                .satisfies(item -> assertThat(item.quotes()).isNotEmpty());
    }

    @Test
    void shouldOfferRegionsWithProposalsForAnEmptyQuery() {
        List<Finding> found = answers.lookup("  ");

        assertThat(found).isNotEmpty().allMatch(finding -> finding.kind() == Finding.Kind.REGION);
        assertThat(found).extracting(Finding::title).first().isEqualTo("Shenzhen — 4 statements");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quantum knitting", "x", "zz", "Mr Nobody Atall"})
    void shouldFindNothingRatherThanGuess(String typed) {
        assertThat(answers.lookup(typed)).isEmpty();
    }

    @Test
    void shouldGiveEveryFindingItsOwnKey() {
        List<Finding> found = answers.lookup("shen");

        assertThat(found).extracting(Finding::key).doesNotHaveDuplicates();
        assertThat(found).hasSizeLessThanOrEqualTo(3 * Lookup.MAX_PER_KIND);
    }

    @Test
    void shouldReadOnlyTheFirst256CharactersOfHostileInput() {
        String hostile = "<b>shenzhen</b>\u0000&amp;" + "elderly ".repeat(5_000);

        List<Finding> found = answers.lookup(hostile);

        assertThat(found).extracting(Finding::key).first().isEqualTo("region:shenzhen");
    }
}
