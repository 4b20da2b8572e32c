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

        assertThat(answer.headline()).startsWith("Wu Wenyan — member of the Beijing Committee of the CPPCC");
        assertThat(answer.items().get(0).quotes()).singleElement()
                .satisfies(quote -> assertThat(quote.text()).startsWith("Wu Wenyan, a member from the Beijing"));
        assertThat(answer.items()).anySatisfy(item ->
                assertThat(item.lines()).anyMatch(line -> line.contains("elderly care")));
    }

    @Test
    void shouldGiveOneItemPerStatementAfterThePerson() {
        Answer answer = answers.advisor("Zhou Hongyi");

        assertThat(answer.items()).hasSize(3);
        assertThat(answer.items().get(0).lines()).contains("Organisation: 360 Security Technology");
        assertThat(answer.items()).allSatisfy(item -> assertThat(item.quotes()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SenseTime", "xu li"})
    void shouldFindXuLiByNameOrByHisCompany(String typed) {
        assertThat(answers.advisor(typed).headline()).startsWith("Xu Li —").contains("CEO of SenseTime");
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
    }
}
