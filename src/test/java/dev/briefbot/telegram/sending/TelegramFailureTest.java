package dev.briefbot.telegram.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** What a body TelegramBots cannot read means, from the exception its own reading of that body throws. */
class TelegramFailureTest {

    // telegram-test-api's answer to sendMessage: the date in milliseconds, too large for TelegramBots' int
    private static final String MILLISECOND_DATE = "{\"ok\":true,\"result\":{\"message_id\":7,\"date\":1706400000123,"
            + "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"Xia Jun\"}}";

    @Test
    void shouldTakeAnAnswerWithAMillisecondDateAsReadNotAsAFailureToRetry() {
        TelegramFailure failure = TelegramFailure.of(readingOf(MILLISECOND_DATE));

        assertThat(failure.kind()).isEqualTo(TelegramFailure.Kind.UNREADABLE_ANSWER);
        // Jackson's InvalidFormatException (a MismatchedInputException at result.date); types only, never a message
        assertThat(failure.description()).isEqualTo("TelegramApiRequestException <- InvalidFormatException");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
        "",
        "{\"ok\":true,\"result\":{\"message_id\":7,\"da",
        "[\"Bad Gateway\"]"})
    void shouldRetryABodyThatIsNoBotApiAnswer(String body) {
        assertThat(TelegramFailure.of(readingOf(body)).kind()).isEqualTo(TelegramFailure.Kind.TRANSIENT);
    }

    private static TelegramApiRequestException readingOf(String body) {
        SendMessage send = SendMessage.builder().chatId(42L).text("Xia Jun").build();
        return catchThrowableOfType(TelegramApiRequestException.class, () -> send.deserializeResponse(body));
    }
}
