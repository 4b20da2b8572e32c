package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;



import org.junit.jupiter.api.Test;

/** "other than Shanghai", "besides Xu Li": the rest of the question, answered without them, and saying so. */
class ExclusionsTest {

    private final Answers answers = Answers.of(ProjectLibrary.LIBRARY);

    @Test
    void shouldLeaveOutAPersonNamedAfterBesides() {
        Answer answer = answers.question("who besides Xu Li talked about large models?");

        assertThat(text(answer)).doesNotContain("Xu Li (").contains("Zhou Hongyi");
        assertThat(answer.suggestions()).noneMatch(suggestion -> suggestion.command().equals("/advisor Xu Li"));
        assertThat(answer.notes()).first().isEqualTo("Leaving out Xu Li, as asked.");
    }

    @Test
    void shouldLeaveOutARegionFromAList() {
        Answer answer = answers.question("which regions other than Beijing have proposals?");

        assertThat(answer.headline()).startsWith("4 regions").contains("Shenzhen").doesNotContain("Beijing");
    }

    @Test
    void shouldAnswerNoWhenOnlyTheMemberLeftOutSpokeForACluster() {
        Answer answer = answers.question("did anyone from the YRD other than Shanghai speak?");

        assertThat(answer.headline()).startsWith("No.");
        assertThat(text(answer)).doesNotContain("Jiang Biyan").doesNotContain("Xu Li");
        assertThat(answer.notes()).contains("Leaving out Shanghai, as asked.");
    }

    @Test
    void shouldLeaveOutOnePersonOfARegion() {
        Answer answer = answers.question("who apart from Wu Wenyan proposed something for Beijing?");

        assertThat(answer.headline()).contains("Shen Teng").doesNotContain("Wu Wenyan");
    }

    @Test
    void shouldLeaveTheQuestionAloneWhenNoNameFollows() {
        Answer plain = answers.question("who proposed something for Beijing?");
        Answer noName = answers.question("which proposals other than formal ones mention robots?");

        assertThat(plain.headline()).contains("Wu Wenyan").contains("Shen Teng");
        assertThat(noName.notes()).noneMatch(note -> note.startsWith("Leaving out"));
    }

    private static String text(Answer answer) {
        StringBuilder all = new StringBuilder(answer.headline());
        answer.items().forEach(item -> all.append('\n').append(item.title()));
        return all.toString();
    }

}
