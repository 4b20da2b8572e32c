package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import java.util.List;

import dev.briefbot.chat.ChatRouter;
import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import dev.briefbot.telegram.intake.ChatLanes;

/** The whole bot over HTTP: the real TelegramBots starter and client, polling a fake Bot API. */
class TelegramBotIT extends BotOverFakeTelegram {

    @MockitoSpyBean
    private ChatRouter router;

    @Autowired
    private ChatLanes lanes;

    @AfterEach
    void everyMessagePassedTelegramsHtmlCheck() {
        assertThat(telegram.sentMessages()).allSatisfy(message -> assertThat(message.parseMode()).isEqualTo("HTML"));
        assertThat(telegram.sentMessages()).hasSameSizeAs(telegram.calls("sendMessage"));
    }

    @Test
    void shouldAnswerRegionCommandInPrivateChat() {
        telegram.privateMessage(501, "/region Shenzhen");

        List<SentMessage> sent = telegram.awaitSent(501, 1, WAIT);

        assertThat(text(sent)).contains("Xia Jun");
        assertThat(sent.get(0).params().has("reply_parameters")).isFalse();
    }

    @Test
    void shouldAnswerFreeTextQuestionInPrivateChat() {
        telegram.privateMessage(502, "who proposed AI robots for elderly care?");

        assertThat(text(telegram.awaitSent(502, 1, WAIT))).containsIgnoringCase("elderly");
    }

    @Test
    void shouldReplyInGroupToCommandAddressedToThisBot() {
        telegram.groupMessage(-601, 11, "/region@OtherBot Shanghai");
        telegram.groupMessage(-601, 11, "lunch anyone?");
        var asked = telegram.groupMessage(-601, 11, "/region@BriefBot Shanghai");

        List<SentMessage> sent = telegram.awaitSent(-601, 1, WAIT);
        awaitEveryUpdateHandled();

        assertThat(telegram.sentMessagesTo(-601)).hasSize(sent.size());
        assertThat(text(sent)).contains("Shanghai");
        assertThat(sent.get(0).params().path("reply_parameters").path("message_id").asLong())
                .isEqualTo(asked.path("message").path("message_id").asLong());
    }

    @Test
    void shouldAnswerInForumTopicWithoutTakingTopicAsReplyToBot() {
        telegram.forumTopicMessage(-1_000_000_000_701L, 42, 12, "where is everyone?");
        telegram.forumTopicMessage(-1_000_000_000_701L, 42, 12, "/region Shenzhen");

        List<SentMessage> sent = telegram.awaitSent(-1_000_000_000_701L, 1, WAIT);
        awaitEveryUpdateHandled();

        assertThat(telegram.sentMessagesTo(-1_000_000_000_701L)).hasSize(sent.size());
        assertThat(text(sent)).contains("Xia Jun");
        assertThat(sent.get(0).params().path("message_thread_id").asLong()).isEqualTo(42);
    }

    @Test
    void shouldKeepPollingAfterHandlerFails() {
        doThrow(new IllegalStateException("boom")).when(router).reply(argThat(request -> request != null
                && request.text().equals("/who explode")));
        telegram.privateMessage(503, "/who explode");
        telegram.privateMessage(503, "/region Shenzhen");

        assertThat(text(telegram.awaitSent(503, 1, WAIT))).contains("Xia Jun");
    }

    @Test
    void shouldRunSuggestionButtonWhenPressed() {
        telegram.privateMessage(504, "/region");
        SentMessage keyboard = telegram.awaitSent(504, 1, WAIT).get(0);
        assertThat(keyboard.callbackData()).isNotEmpty();
        int before = telegram.sentMessagesTo(504).size();

        telegram.callbackQuery(504, 504, keyboard.messageId(), keyboard.callbackData().get(0));

        telegram.awaitCalls("answerCallbackQuery", 1, WAIT);
        assertThat(telegram.awaitSent(504, before + 1, WAIT)).hasSizeGreaterThan(before);
    }

    @Test
    void shouldSetCommandMenuAndAskOnlyForUpdatesItHandles() {
        telegram.awaitCalls("setMyCommands", 2, WAIT);

        assertThat(telegram.commands().toString()).contains("region", "who", "rankings");
        assertThat(telegram.allowedUpdates())
                .containsExactlyInAnyOrder("message", "edited_message", "callback_query", "inline_query",
                        "my_chat_member");
    }
}
