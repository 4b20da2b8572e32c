package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /advisor} over the real brief: the person with their identity quote and all they proposed or said. */
class AdvisorAnswersTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;
    private static final String[] PEOPLE = ProjectLibrary.PEOPLE;

    private final Answers answers = Answers.of(LIBRARY);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Wu Wenyan", "Wu Wenyen", "wu", "Wenyan Wu"})
    void shouldDescribeWuWenyanAndHerElderlyCareProposal(String typed) {
        Answer answer = answers.advisor(typed);

        assertThat(answer.headline()).isEqualTo("Wu Wenyan (Beijing CPPCC) made 1 proposal.");
        assertThat(answer.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Wu Wenyan");
            assertThat(item.points()).singleElement().satisfies(point -> {
                assertThat(point.text()).startsWith("Proposed: Apply AI robots to elderly care");
                // her introduction opens the proposal's own quote: shown once, there
                assertThat(point.quotes().get(0).text()).contains("Wu Wenyan, a member from the Beijing");
            });
        });
    }

    @Test
    void shouldGiveThePersonOneHeaderWithEveryStatementBeneathIt() {
        Answer answer = answers.advisor("Zhou Hongyi");

        assertThat(answer.headline()).isEqualTo("Zhou Hongyi (founder and chairman of 360 Security Technology) "
                + "made 2 statements.");
        assertThat(answer.items()).singleElement().satisfies(item -> {
            assertThat(item.points()).hasSize(2).allSatisfy(point -> assertThat(point.text()).startsWith("Said: "));
            assertThat(item.points()).allSatisfy(point -> assertThat(point.quotes()).isNotEmpty());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SenseTime", "xu li"})
    void shouldFindXuLiByNameOrByHisCompany(String typed) {
        assertThat(answers.advisor(typed).headline()).startsWith("Xu Li (").contains("CEO of SenseTime");
    }

    @Test
    void shouldAskWhichOneWhenSeveralPeopleFit() {
        Answer answer = answers.advisor("CPPCC member");

        assertThat(answer.headline()).startsWith("Did you mean");
        assertThat(answer.items()).isEmpty();
        assertThat(answer.suggestions()).extracting(Answer.Suggestion::command).contains("/advisor Xia Jun");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Xi Jinping", "Zhang Wei", "Shenzhen"})
    void shouldNameNobodyForSomeoneTheBriefsDoNotName(String typed) {
        Answer answer = answers.advisor(typed);

        assertThat(answer.headline()).isEqualTo("There is nobody called “" + typed + "” in the briefs.");
        assertThat(AnswerText.everythingShown(answer)).doesNotContain(PEOPLE);
    }

    @Test
    void shouldListThePeopleForABareAdvisorCommand() {
        Answer answer = answers.advisor("");

        assertThat(answer.suggestions()).extracting(Answer.Suggestion::label).containsExactly(PEOPLE);
        // the names are in the text too, not only on buttons a console or a screen reader cannot press
        assertThat(answer.headline()).startsWith("The briefs name 9 people: ").contains(PEOPLE);
    }
}
