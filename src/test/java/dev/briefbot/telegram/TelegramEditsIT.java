package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefbot.telegram.fake.Call;
import dev.briefbot.telegram.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A user fixing a typo by editing the question, and a command addressed to another bot, as Telegram delivers them:
 * the whole bot over HTTP against the fake Bot API.
 */
class TelegramEditsIT extends BotOverFakeTelegram {

    @Test
    void shouldAnswerAnEditedQuestionAgainByEditingItsAnswer() {
        JsonNode asked = telegram.privateMessage(901, "/advisor Wu Wenyn");
        SentMessage answer = telegram.awaitSent(901, 1, WAIT).get(0);

        telegram.editMessage(asked, "/region Shenzhen");

        JsonNode edited = awaitShown(901, answer.messageId(), "Xia Jun");
        awaitEveryUpdateHandled();
        assertThat(telegram.sentMessagesTo(901)).hasSize(1);
        assertThat(edited.path("text").asText()).contains("Shenzhen").doesNotContain("Wu Wenyan");
        assertThat(edited.path("reply_markup").findValuesAsText("text")).isNotEmpty();
        assertThat(edits(901)).singleElement().satisfies(edit -> {
            assertThat(edit.param("parse_mode")).isEqualTo("HTML");
            assertThat(edit.params().path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
        });
    }

    @Test
    void shouldEditAGroupAnswerInPlaceKeepingItsPageRowSane() {
        JsonNode asked = telegram.groupMessage(-902, 21, "/region@BriefBot Shenzen");
        SentMessage answer = telegram.awaitSent(-902, 1, WAIT).get(0);

        telegram.editMessage(asked, "/region@BriefBot Shanghai");

        JsonNode edited = awaitShown(-902, answer.messageId(), "Jiang Biyan");
        assertThat(edited.path("reply_markup").findValuesAsText("callback_data"))
                .contains("p:1:/region Shanghai", "p:2:/region Shanghai");
        awaitEveryUpdateHandled();
        assertThat(telegram.sentMessagesTo(-902)).hasSize(1);
    }

    @Test
    void shouldAnswerOneMessageAgainAtMostThreeTimesThenIgnoreItsEditsQuietly() {
        JsonNode asked = telegram.privateMessage(903, "/region Shenzhen");
        SentMessage answer = telegram.awaitSent(903, 1, WAIT).get(0);
        List<String> regions = List.of("Beijing", "Shandong", "Hong Kong");

        for (String region : regions) {
            telegram.editMessage(asked, "/region " + region);
            awaitShown(903, answer.messageId(), region);
        }
        telegram.editMessage(asked, "/region Shanghai");
        awaitEveryUpdateHandled();

        assertThat(edits(903)).hasSize(3);
        assertThat(telegram.shownMessage(903, answer.messageId()).orElseThrow().path("text").asText())
                .contains("Hong Kong").doesNotContain("Jiang Biyan");
        assertThat(telegram.sentMessagesTo(903)).hasSize(1);
    }

    @Test
    void shouldIgnoreAnEditOfAMessageTheBotDidNotAnswer() {
        JsonNode chatter = telegram.groupMessage(-904, 22, "lunch anyone?");
        telegram.editMessage(chatter, "/region Shenzhen");
        JsonNode otherBots = telegram.groupMessage(-904, 22, "/region@OtherBot Shenzhen");
        telegram.editMessage(otherBots, "/region@OtherBot Beijing");
        awaitEveryUpdateHandled();

        assertThat(telegram.sentMessagesTo(-904)).isEmpty();
        assertThat(edits(-904)).isEmpty();
    }

    @Test
    void shouldTellAPrivateChatWhichBotACommandWasForAndGroupsNothing() {
        telegram.privateMessage(905, "/region@OtherBot Shenzhen");
        telegram.privateMessage(905, "/region@@bot Shenzhen");
        telegram.groupMessage(-905, 23, "/region@OtherBot Shenzhen");
        telegram.groupMessage(-905, 23, "/region@@bot Shenzhen");

        List<SentMessage> notes = telegram.awaitSent(905, 2, WAIT);
        awaitEveryUpdateHandled();

        assertThat(notes.get(0).text()).isEqualTo("<b>That command is for @OtherBot; here it is /region.</b>");
        assertThat(notes.get(0).callbackData()).contains("/region Shenzhen");
        assertThat(notes.get(1).text()).contains("names no bot", "@@bot", "here it is /region");
        assertThat(telegram.sentMessagesTo(-905)).isEmpty();
    }

    private static List<Call> edits(long chatId) {
        return telegram.calls("editMessageText").stream().filter(call -> call.chatId() == chatId).toList();
    }

    private static JsonNode awaitShown(long chatId, long messageId, String text) {
        return Awaitility.await().atMost(WAIT).until(() -> telegram.shownMessage(chatId, messageId).orElseThrow(),
                shown -> shown.path("text").asText().contains(text));
    }
}
