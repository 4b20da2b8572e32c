package dev.briefbot.telegram.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** Callback data is whatever a client chose to send: only our own commands, as we write them, come through. */
class SuggestionButtonsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/region Shenzhen", "/topics", "/who elderly care", "/region 深圳", "/ask who is Xu Li?"})
    void shouldReadOwnCommands(String data) {
        assertThat(SuggestionButtons.command(data)).contains(data);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "/", "garbage", "region Shenzhen", "/reload", "/broadcast all", "/x",
        "/region@OtherBot x", "/region@BriefBot Shenzhen", "/who mail@example.org", "/REGION Shenzhen",
        " /region Shenzhen", "/region Shenzhen ", "/region  Shenzhen", "/region\nShenzhen", "/region\u00A0Shenzhen",
        "/who elderly\u0000care", "/who elderly\u0085care", "/who \u001b[31mred", "p:2:/topics", "q:2:AbCdEfGh"})
    void shouldRefuseWhatIsNotOurCommandAsWeWriteIt(String data) {
        assertThat(SuggestionButtons.command(data)).isEmpty();
    }

    @Test
    void shouldRefuseDataLongerThanTelegramAllows() {
        String fits = "/who " + "a".repeat(SuggestionButtons.DATA_LIMIT - 5);
        String tooLong = fits + "a";
        String tooManyBytes = "/who " + "深".repeat(20);

        assertThat(SuggestionButtons.command(fits)).isPresent();
        assertThat(SuggestionButtons.command(tooLong)).isEmpty();
        assertThat(SuggestionButtons.command(tooManyBytes)).isEmpty();
    }

    @Test
    void shouldTurnEverySuggestionOfTheRealAnswersIntoAButton() {
        Answers answers = Answers.of(new LibraryLoader().load(Path.of("seeds"), Path.of("config")));
        List<Answer.Suggestion> suggestions = java.util.stream.Stream.of(answers.topics(), answers.regions(),
                answers.rankings(""), answers.region("Guangdong"), answers.who("AI"))
                .flatMap(answer -> answer.suggestions().stream()).toList();

        List<String> buttons = SuggestionButtons.rows(suggestions).stream().flatMap(List::stream)
                .map(InlineKeyboardButton::getCallbackData).toList();

        assertThat(buttons).containsExactlyElementsOf(suggestions.stream().map(Answer.Suggestion::command).toList());
    }

    @Test
    void shouldLeaveOutSuggestionThatCannotBeAButton() {
        var keyboard = SuggestionButtons.of(List.of(new Answer.Suggestion("Long", "/who " + "x".repeat(80))));

        assertThat(keyboard).isNull();
    }
}
