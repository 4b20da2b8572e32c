package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Free text reaches the answer that fits it; a question the briefs do not answer names nobody. */
class QuestionRouterTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;
    private static final String[] PEOPLE = ProjectLibrary.PEOPLE;

    private final Answers answers = Answers.of(LIBRARY);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            which region ranks third?                   | Shanghai ranks 3rd
            Where does Sichuan rank?                    | Sichuan ranks 7th
            how is Shenzhen ranked?                     | Guangdong, Shenzhen's province, ranks 2nd
            top 5 regions                               | The top 5 are Beijing, Guangdong, Shanghai, Zhejiang and Jiangsu.
            show me the rankings                        | Beijing leads the ranking of 10 regions
            which province is first?                    | Beijing ranks 1st
            does Yunnan rank?                           | No. Yunnan is not among the top 10
            what about Shenzhen?                        | Shenzhen (深圳), a city in Guangdong: 2 people made 4 statements
            Shenzhen?                                   | Shenzhen (深圳), a city in Guangdong
            shenzen                                     | Shenzhen (深圳), a city in Guangdong
            深圳                                         | Shenzhen (深圳), a city in Guangdong
            proposals for Beijing                       | Beijing (北京), a municipality: 2 people made 2 proposals
            tell me about Guangdong                     | Guangdong (广东), a province
            who is Xu Li?                               | Xu Li (Shanghai CPPCC, CEO of SenseTime) made 1 statement.
            what did Zhou Hongyi say?                   | Zhou Hongyi (founder and chairman of 360 Security Technology)
            tell me about Liu Gang                      | Liu Gang (director of Economic Research Institute
            who is the CEO of SenseTime?                | Xu Li (Shanghai CPPCC, CEO of SenseTime)
            Wu Wenyen                                   | Wu Wenyan (Beijing CPPCC) made 1 proposal.
            what did Wu Wenyen say?                     | Wu Wenyan (Beijing CPPCC)
            what did Liu say?                           | Liu Gang (director of Economic Research Institute
            what topics are there?                      | 43 topics across 1 brief
            which briefs do you have?                   | 1 brief loaded
            who is Zhang Wei?                           | There is nobody called “Zhang Wei” in the briefs.
            """)
    void shouldRouteByTheWordsOfTheQuestion(String question, String headline) {
        assertThat(answers.question(question).headline()).startsWith(headline);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            who in Shanghai talked about robots for the elderly?  | Nobody in Shanghai spoke to this in the briefs. Elsewhere, Wu Wenyan (Beijing CPPCC) proposed
            did anyone in Shanghai propose elderly care robots?   | No. Nobody in Shanghai spoke to this in the briefs. Elsewhere, Wu Wenyan
            who in Sichuan or Hunan talked about herbal medicine? | Nobody in Sichuan or Hunan spoke to this in the briefs. Elsewhere, Xia Jun
            who in Shenzhen talked about herbal medicine?         | Xia Jun
            """)
    void shouldSayNobodyThereButWhoElsewhereWhenThePlaceHoldsNoneOnTheTopic(String question, String headline) {
        assertThat(answers.question(question).headline()).startsWith(headline);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            who proposed AI robots for elderly care?                      | Wu Wenyan
            who talked about traditional Chinese medicine?                | Xia Jun
            who predicted the open-source large model will be affordable? | Zhou Hongyi
            education reform in Shanghai                                  | Jiang Biyan
            """)
    void shouldSendTopicQuestionsToTheSearch(String question, String person) {
        Answer answer = answers.question(question);

        assertThat(answer.items()).isNotEmpty().allSatisfy(item -> assertThat(item.title()).startsWith(person));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "who proposed quantum computing?",
        "who proposed space rockets for Beijing?",
        "what did Xi Jinping say?",
        "who is Zhang Wei?",
        "who is Liu He?",
        "what did Wu Xiaoming propose?",
        "what did Liu He say?",
        "what about football in Shanghai?",
        "tell me about the weather",
        "AI in Tibet",
        "  "})
    void shouldNameNobodyWhenTheBriefsDoNotAnswer(String question) {
        Answer answer = answers.question(question);

        assertThat(AnswerText.everythingShown(answer)).doesNotContain(PEOPLE);
    }

    @Test
    void shouldAnswerAPastedTextOfFiveThousandCharactersByItsBeginning() {
        String pasted = "what did Xu Li say? " + "Please also consider the following remarks on policy. ".repeat(100);

        Answer answer = answers.question(pasted);

        assertThat(pasted).hasSizeGreaterThan(5_000);
        assertThat(answer.headline()).startsWith("Xu Li (Shanghai CPPCC, CEO of SenseTime)");
    }
}
