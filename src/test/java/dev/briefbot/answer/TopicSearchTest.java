package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Who proposed …?" over the real brief: the right people for the article's topics, nobody for anything else. */
class TopicSearchTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private static final List<String> PEOPLE = LIBRARY.briefs().stream()
            .flatMap(brief -> brief.people().stream())
            .map(person -> person.name())
            .toList();

    private static final TopicSearch SEARCH = new TopicSearch(new Facts(LIBRARY));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            who proposed AI robots for elderly care?                    | Wu Wenyan
            elderly care                                                | Wu Wenyan
            old people robots                                           | Wu Wenyan
            which advisor wants robots to look after old people?        | Wu Wenyan
            who wants machines to help seniors with meals and getting around? | Wu Wenyan
            anyone suggesting round-the-clock robot helpers for the aged? | Wu Wenyan
            nursing homes                                               | Wu Wenyan
            traditional Chinese medicine                                | Xia Jun
            TCM                                                         | Xia Jun
            herbal drugs quality                                        | Xia Jun
            who is worried about the quality of herbal drugs?           | Xia Jun
            who thinks Chinese medicine is too expensive?               | Xia Jun
            who wants to monitor how medicinal herbs are grown?         | Xia Jun
            schools                                                     | Jiang Biyan
            education reform                                            | Jiang Biyan
            anyone talking about changing how schools grade students?   | Jiang Biyan
            who wants classrooms to be student-centered instead of teacher-led? | Jiang Biyan
            which advisor wants kids judged on core qualities rather than what they memorise? | Jiang Biyan
            who talked about schools and AI?                            | Jiang Biyan
            laws for AI                                                 | Shen Teng
            regulation                                                  | Shen Teng
            who wants new laws for artificial intelligence?             | Shen Teng
            who is asking for AI rules in Beijing?                      | Shen Teng
            large models                                                | Xu Li
            large models                                                | Zhou Hongyi
            LLMs                                                        | Xu Li
            open-source                                                 | Zhou Hongyi
            who thinks open AI models will get cheaper this year?       | Zhou Hongyi
            who said China has the widest range of industries?          | Zhou Hongyi
            supply chain                                                | Zhou Hongyi
            who said Shanghai shouldn't copy the West on AI?            | Xu Li
            who said Shanghai has a head start in AI?                   | Xu Li
            what did SenseTime's CEO say                                | Xu Li
            Hong Kong cooperation                                       | Tian Jiajun
            HK partnership                                              | Tian Jiajun
            who said Shenzhen is weak at basic research?                | Tian Jiajun
            who thinks Hong Kong's talent can help Shenzhen?            | Tian Jiajun
            manufacturing Shandong                                      | Guo Zhendong
            factories                                                   | Guo Zhendong
            who admitted Shandong is behind Shenzhen and Shanghai?      | Guo Zhendong
            who wants government departments to work together on AI paperwork? | Guo Zhendong
            who says Shandong is a strong factory base but lags in AI?  | Guo Zhendong
            who says local government support matters for AI?           | Liu Gang
            what decides how competitive a region is in AI?             | Liu Gang
            competitiveness                                             | Liu Gang
            """)
    void shouldNameWhoTheBriefTiesToTheTopic(String question, String person) {
        assertThat(names(SEARCH.search(question))).contains(person);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "who proposed quantum computing research?", "who wants to ban TikTok?",
            "who proposed electric vehicle subsidies?", "who talked about football?", "what about climate change?",
            "semiconductor export controls", "housing prices", "space exploration", "research", "technology policy",
            "who proposed anything on quantum computing?", "did anyone mention TikTok?", "/who housing",
            "who wants to fix the property market?", "who proposed AI for farming in Yunnan?",
            "who proposed a space program?", "self-driving cars", "any proposals on autonomous driving?",
            "who talked about cryptocurrency?", "who proposed cutting interest rates?",
            "who wants more tourism in Hainan?", "who is worried about deepfakes?",
            "who proposed subsidies for solar panels?", "what about the Olympics?", "who mentioned Nvidia chips?",
            "military", "who suggested a four-day work week?", "school shootings", "legal cannabis", "cheap flights",
            "health insurance", "herbal tea exports", "machine translation", "who proposed?"})
    void shouldNameNobodyForWhatTheBriefDoesNotAnswer(String question) {
        assertThat(SEARCH.search(question)).isEmpty();
        assertThat(AnswerText.everythingShown(SEARCH.who(question))).doesNotContain(PEOPLE);
    }

    /** The brief is all about AI: "AI development" is no topic to find, so the closest few come with a way to narrow. */
    @Test
    void shouldShowTheClosestAndOfferToNarrowDownATopicThatIsTheWholeBrief() {
        Answer answer = SEARCH.who("AI development");

        assertThat(answer.headline()).startsWith("Nearly everything in the briefs is about “AI development”");
        assertThat(answer.items()).hasSizeBetween(1, 5);
        assertThat(answer.notes()).anySatisfy(note -> assertThat(note).contains("narrower"));
        assertThat(SEARCH.search("AI development")).isEmpty();
    }

    @Test
    void shouldAnswerAQuestionInChineseAsItsEnglish() {
        assertThat(names(SEARCH.search("谁提到了机器人？"))).containsExactlyElementsOf(names(SEARCH.search("who mentioned robots?")))
                .contains("Wu Wenyan");
    }

    @Test
    void shouldForgiveTyposInTheTopic() {
        assertThat(names(SEARCH.search("who sugested robots for the eldrely"))).contains("Wu Wenyan");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "🤖🤖", "*?~^:", "(", "\"", "AND OR NOT", "a AND (b OR \"c", "\u0000\t\n",
            "深圳 医疗", "/who", "who who who", "elderly^10 care~2", "field:value", "-robots +care"})
    void shouldAnswerAnyInputWithoutThrowing(String question) {
        assertThatCode(() -> SEARCH.who(question)).doesNotThrowAnyException();
        assertThatCode(() -> SEARCH.search(question)).doesNotThrowAnyException();
    }

    @Test
    void shouldAnswerFiveThousandCharactersWithoutThrowing() {
        String flood = "elderly care robots quantum ".repeat(180);

        assertThatCode(() -> SEARCH.who(flood)).doesNotThrowAnyException();
        assertThat(SEARCH.who(flood).headline()).hasSizeLessThan(120);
    }

    @Test
    void shouldAnswerTheWholeArticlePastedInWithoutThrowing() {
        String article = LIBRARY.briefs().get(0).text();

        assertThatCode(() -> SEARCH.who(article)).doesNotThrowAnyException();
    }

    @Test
    void shouldAnswerTheTopicBeforeALongRunOfQuestionMarks() {
        String hostile = "elderly care " + "?".repeat(50_000) + " robots";

        Answer answer = SEARCH.who(hostile);

        assertThat(answer.headline()).startsWith("Who proposed “elderly care ???").endsWith("…”");
        assertThat(answer.items()).first().satisfies(item -> assertThat(item.title()).startsWith("Wu Wenyan"));
    }

    @Test
    void shouldKeepTheHeadlineToAboutEightyCharactersOfTheUsersWords() {
        String longTopic = "robots for elderly care " + "and more robots ".repeat(10);

        assertThat(SEARCH.who(longTopic).headline()).startsWith("Who proposed “robots for elderly care").endsWith("…”");
        assertThat(SEARCH.who(longTopic).headline().length()).isLessThanOrEqualTo("Who proposed “”".length() + 80);
    }

    @Test
    void shouldHeadAWhatDidQuestionWithWhatItAsksAbout() {
        Answer answer = SEARCH.who("what did SenseTime's CEO say?");

        assertThat(answer.headline()).isEqualTo("Who proposed “SenseTime's CEO”");
        assertThat(answer.items()).first().satisfies(item -> assertThat(item.title()).startsWith("Xu Li"));
    }

    @Test
    void shouldHeadTheAnswerWithTheUsersWordsAndSuggestThePeopleFound() {
        Answer answer = SEARCH.who("who proposed AI robots for elderly care?");

        assertThat(answer.headline()).isEqualTo("Who proposed “AI robots for elderly care”");
        assertThat(answer.items()).first().satisfies(item -> assertThat(item.title()).startsWith("Wu Wenyan"));
        assertThat(answer.items().get(0).quotes()).isNotEmpty();
        assertThat(answer.suggestions()).contains(new Answer.Suggestion("Wu Wenyan", "/advisor Wu Wenyan"));
    }

    @Test
    void shouldSayNothingWasFoundAndSuggestTopicsWhenTheBriefDoesNotAnswer() {
        Answer answer = SEARCH.who("who proposed quantum computing research?");

        assertThat(answer.headline()).isEqualTo("I found nothing about “quantum computing research” in the briefs.");
        assertThat(answer.items()).isEmpty();
        assertThat(answer.notes()).containsExactly("Try one of the topics below, or /topics for all of them.");
        assertThat(answer.suggestions()).hasSizeBetween(1, 6)
                .allSatisfy(suggestion -> assertThat(suggestion.command()).isEqualTo("/who " + suggestion.label()));
    }

    @Test
    void shouldAskForATopicWhenGivenNone() {
        Answer answer = SEARCH.who("  ");

        assertThat(answer.headline()).isEqualTo("Which topic? For example: /who elderly care");
        assertThat(answer.suggestions()).isNotEmpty();
        assertThat(AnswerText.everythingShown(answer)).doesNotContain(PEOPLE);
    }

    @Test
    void shouldRankTheTopicsOwnerFirst() {
        assertThat(SEARCH.search("elderly care")).first()
                .satisfies(fact -> assertThat(fact.person().name()).isEqualTo("Wu Wenyan"));
        assertThat(SEARCH.search("regulation")).first()
                .satisfies(fact -> assertThat(fact.person().name()).isEqualTo("Shen Teng"));
    }

    private static List<String> names(List<ProposalFact> facts) {
        return facts.stream().map(fact -> fact.person().name()).distinct().toList();
    }
}
