package dev.briefbot.telegram.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PagedQuestionsTest {

    @Test
    void shouldGiveBackKeptQuestionUnderShortId() {
        PagedQuestions questions = new PagedQuestions(PagedQuestions.CAPACITY);

        String id = questions.keep(-100, "@BriefBot what did lawmakers propose for guangdong?");

        assertThat(id).matches("[A-Za-z0-9_-]{8}");
        assertThat(questions.question(-100, id)).contains("@BriefBot what did lawmakers propose for guangdong?");
    }

    @Test
    void shouldNotRevealQuestionToAnotherChat() {
        PagedQuestions questions = new PagedQuestions(PagedQuestions.CAPACITY);
        String id = questions.keep(-100, "a question");

        assertThat(questions.question(-200, id)).isEmpty();
    }

    @Test
    void shouldKeepTheLatestQuestionAndNoMoreThanItsCapacity() {
        PagedQuestions questions = new PagedQuestions(2);
        String first = questions.keep(1, "first");
        String second = questions.keep(1, "second");
        questions.question(1, first);

        String third = questions.keep(1, "third");

        assertThat(questions.question(1, third)).contains("third");
        assertThat(List.of(first, second).stream().filter(id -> questions.question(1, id).isPresent()))
                .as("one of the older two gave way").hasSize(1);
    }
}
