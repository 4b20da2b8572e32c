package dev.briefbot.answer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.briefbot.answer.Facts;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.Test;

/** The search's contract with its callers, over the real brief. */
class SearchTest {

    private static final Library LIBRARY = new LibraryLoader().load(Path.of("seeds"), Path.of("config"));
    private static final Search SEARCH = new Search(new Facts(LIBRARY)).ready();

    @Test
    void shouldAnswerAParaphraseThatSharesNoWordWithTheBrief() {
        SearchResult result = SEARCH.search("who wants machines looking after grandma and grandpa around the clock?");

        assertThat(result.answers()).isTrue();
        assertThat(names(result)).first().isEqualTo("Wu Wenyan");
    }

    @Test
    void shouldNameNobodyAndSayWhatTheBriefDoesNotMention() {
        SearchResult result = SEARCH.search("who proposed using blockchain to trace herbs?");

        assertThat(result.answers()).isFalse();
        assertThat(result.matches()).isEmpty();
        assertThat(result.unknownTerms()).contains("blockchain");
    }

    @Test
    void shouldReachTheSameProposalsInChineseAsInEnglish() {
        String english = SEARCH.glossary().english("谁提到了机器人？");

        assertThat(english).isEqualTo("who mentioned robots?");
        assertThat(names(SEARCH.search(english))).isEqualTo(names(SEARCH.search("who mentioned robots?")))
                .contains("Wu Wenyan");
    }

    @Test
    void shouldKeepTheEnglishOfAMixedQuestionAndUnknownChineseAsItIs() {
        Glossary.Translation mixed = SEARCH.glossary().translate("谁提到了 elderly care？");
        Glossary.Translation pension = SEARCH.glossary().translate("谁提到了养老金？");

        assertThat(mixed.english()).isEqualTo("who mentioned elderly care?");
        assertThat(mixed.unknown()).isEmpty();
        assertThat(pension.unknown()).containsExactly("养老金");
        assertThat(SEARCH.search(pension.english()).answers()).isFalse();
    }

    @Test
    void shouldReadAPersonsChineseName() {
        Glossary glossary = Glossary.of("", LIBRARY.gazetteer(), List.of(new dev.briefbot.brief.Person("wu-wenyan",
                "Wu Wenyan", "吴文燕", List.of("CPPCC member"), "CPPCC", "beijing", List.of())));

        assertThat(glossary.english("吴文燕")).isEqualTo("Wu Wenyan");
    }

    @Test
    void shouldReadPlaceNamesFromTheGazetteer() {
        assertThat(SEARCH.glossary().english("深圳有哪些提案？")).startsWith("Shenzhen");
    }

    @Test
    void shouldForgiveTyposInTopicWordsButNotInNames() {
        assertThat(names(SEARCH.search("who sugested robots for the eldrely"))).contains("Wu Wenyan");
        assertThat(SEARCH.read("who talked about Hefei?").corrected).contains("Hefei");
        assertThat(SEARCH.read("dementia and childcare").corrected).isEqualTo("dementia and childcare");
        // four letters too, and into a word a place's name also uses ("Modern Service Industry Cooperation Zone")
        assertThat(SEARCH.read("legl protection for the AI industy").corrected)
                .isEqualTo("legal protection for the AI industry");
        assertThat(SEARCH.read("quality of lfie of the elderly").corrected).isEqualTo("quality of life of the elderly");
        assertThat(names(SEARCH.search("legl protection for the AI industy"))).contains("Shen Teng");
        // a real short word, or a name being typed, stays as it is
        assertThat(SEARCH.read("data date xiam").corrected).isEqualTo("data date xiam");
    }

    @Test
    void shouldCallATopicThatIsTheWholeBriefBroad() {
        SearchResult result = SEARCH.search("who talked about AI?");

        assertThat(result.broad()).isTrue();
        assertThat(result.matches()).hasSizeBetween(1, Search.MAX_MATCHES);
    }

    @Test
    void shouldFindAPersonByRole() {
        SearchResult result = SEARCH.search("what did SenseTime's CEO say?");

        assertThat(result.answers()).isTrue();
        assertThat(names(result)).contains("Xu Li");
    }

    @Test
    void shouldRankBestFirstAndKeepAtMostFive() {
        SearchResult result = SEARCH.search("education reform");

        assertThat(result.matches()).hasSizeBetween(1, Search.MAX_MATCHES);
        assertThat(result.matches()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(names(result)).first().isEqualTo("Jiang Biyan");
    }

    @Test
    void shouldNotTakeFarmingForTheCultivationOfHerbsOrOfTalent() {
        // the issue's own example: "cultivation" is herbs' in one statement and talent's in another
        assertThat(names(SEARCH.search("who talked about farming?"))).isEmpty();
        assertThat(names(SEARCH.search("who proposed AI for farming?"))).isEmpty();
        assertThat(names(SEARCH.search("who talked about herb farms?"))).containsExactly("Xia Jun");
    }

    @Test
    void shouldAnswerAQuestionThatNamesAPlaceOnlyFromEntriesAboutThatPlace() {
        assertThat(names(SEARCH.search("who proposed AI robots for elderly care in Beijing?")))
                .first().isEqualTo("Wu Wenyan");
        assertThat(names(SEARCH.search("what did Tianjin's deputies propose?"))).isEmpty();
        assertThat(names(SEARCH.search("who proposed AI robots for elderly care in Shanghai?")))
                .doesNotContain("Wu Wenyan");
    }

    @Test
    void shouldNeverTakeOnePlaceForAnotherHoweverCloseTheirMeaning() {
        // a calibration that takes any cosine and any word: only the place rule stands between a question and a name
        Search anything = new Search(new Facts(LIBRARY), SentenceEmbeddings.shared(),
                Calibration.TUNED.with(-1, -1, -1, Integer.MAX_VALUE, Integer.MAX_VALUE)).ready();

        assertThat(names(anything.search("what did Tianjin's deputies propose?"))).isEmpty();
        assertThat(names(anything.search("what did advisors from Xinjiang say?"))).isEmpty();
        // Shanghai's own people; not Guo Zhendong, whose statement measures Shandong against Shanghai
        assertThat(names(anything.search("who proposed AI robots for elderly care in Shanghai?")))
                .isNotEmpty().isSubsetOf("Jiang Biyan", "Xu Li");
        // the Yangtze River Delta stands for its members: Shanghai among them
        assertThat(names(anything.search("what did the Yangtze River Delta's advisors say?")))
                .isNotEmpty().doesNotContain("Wu Wenyan", "Shen Teng", "Xia Jun");
    }

    private static List<String> names(SearchResult result) {
        return result.matches().stream().flatMap(match -> match.person().stream()).map(person -> person.name())
                .distinct().toList();
    }
}
