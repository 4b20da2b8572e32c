package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;


import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application answers over the library it loaded, through the one {@code CurrentLibrary}. */
class AnswerConfigurationTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Library.class, () -> LIBRARY)
            .withUserConfiguration(AnswerConfiguration.class);

    @Test
    void shouldAnswerOverTheLibraryBean() {
        context.run(started -> {
            Answers answers = started.getBean(CurrentLibrary.class).answers();

            assertThat(answers.library()).isSameAs(LIBRARY);
            assertThat(answers.region("Shenzhen").headline()).startsWith("Shenzhen");
        });
    }
}
