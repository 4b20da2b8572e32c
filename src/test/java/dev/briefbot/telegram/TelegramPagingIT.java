package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefbot.telegram.fake.Call;
import dev.briefbot.telegram.fake.SentMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Long answers page in place, through the real starter and client against the fake Bot API: page 1 is sent with
 * {@code ◀ Prev · 1/2 · Next ▶}, a press edits the same message, and forged page buttons are refused politely.
 */
class TelegramPagingIT extends BotOverFakeTelegram {

    /** On page 1 of /region Shanghai (Jiang Biyan's proposals), not on page 2. */
    private static final String FIRST_PAGE = "student-centered learning";
    /** On page 2 of /region Shanghai (Xu Li's statement), not on page 1. */
    private static final String SECOND_PAGE = "first-mover advantages";

    @Test
    void shouldSendOnlyFirstPageOfLongAnswerWithPageButtons() {
        telegram.privateMessage(801, "/region Shanghai");

        SentMessage first = telegram.awaitSent(801, 1, WAIT).get(0);
        awaitEveryUpdateHandled();

        assertThat(telegram.sentMessagesTo(801)).hasSize(1);
        assertThat(first.text()).contains("Shanghai", FIRST_PAGE).doesNotContain(SECOND_PAGE);
        assertThat(pageRow(first.params().path("reply_markup"))).containsExactly("1/2", "Next ▶");
        assertThat(first.callbackData()).containsExactly("/rankings", "p:1:/region Shanghai", "p:2:/region Shanghai");
    }

    @Test
    void shouldEditMessageToNextPageAndBackWhenPageButtonsPressed() {
        telegram.privateMessage(802, "/region Shanghai");
        SentMessage first = telegram.awaitSent(802, 1, WAIT).get(0);

        JsonNode next = telegram.callbackQuery(802, 802, first.messageId(), "p:2:/region Shanghai");
        JsonNode second = awaitShown(802, first.messageId(), SECOND_PAGE);

        assertThat(notice(next)).isEmpty();
        assertThat(second.path("text").asText()).contains("Shanghai").doesNotContain(FIRST_PAGE);
        assertThat(pageRow(second.path("reply_markup"))).containsExactly("◀ Prev", "2/2");
        assertThat(second.path("reply_markup").findValuesAsText("callback_data")).containsExactly("/rankings",
                "p:1:/region Shanghai", "p:2:/region Shanghai");

        telegram.callbackQuery(802, 802, first.messageId(), "p:1:/region Shanghai");
        JsonNode back = awaitShown(802, first.messageId(), FIRST_PAGE);

        assertThat(pageRow(back.path("reply_markup"))).containsExactly("1/2", "Next ▶");
        assertThat(telegram.sentMessagesTo(802)).hasSize(1);
    }

    @Test
    void shouldTakeADoublePressOnTheSamePageAsDone() {
        telegram.privateMessage(803, "/region Shanghai");
        SentMessage first = telegram.awaitSent(803, 1, WAIT).get(0);

        telegram.callbackQuery(803, 803, first.messageId(), "p:2:/region Shanghai");
        awaitShown(803, first.messageId(), SECOND_PAGE);
        JsonNode again = telegram.callbackQuery(803, 803, first.messageId(), "p:2:/region Shanghai");
        notice(again);
        awaitEveryUpdateHandled();

        // the second edit is refused as "message is not modified": success, not retried, nothing else sent
        assertThat(edits(803)).hasSize(2);
        assertThat(telegram.shownMessage(803, first.messageId()).orElseThrow().path("text").asText())
                .contains(SECOND_PAGE);
        assertThat(telegram.sentMessagesTo(803)).hasSize(1);
    }

    @Test
    void shouldPageTopicButtonsTenAtATime() {
        telegram.privateMessage(804, "/topics");
        SentMessage first = telegram.awaitSent(804, 1, WAIT).get(0);
        List<String> firstTopics = topics(first.params().path("reply_markup"));

        assertThat(firstTopics).hasSize(10);
        assertThat(pageRow(first.params().path("reply_markup"))).containsExactly("1/5", "Next ▶");

        telegram.callbackQuery(804, 804, first.messageId(), "p:2:/topics");
        Awaitility.await().atMost(WAIT).until(() -> pageRow(shownMarkup(804, first.messageId())).contains("2/5"));

        List<String> secondTopics = topics(shownMarkup(804, first.messageId()));
        assertThat(secondTopics).hasSize(10).doesNotContainAnyElementsOf(firstTopics);
        assertThat(pageRow(shownMarkup(804, first.messageId()))).containsExactly("◀ Prev", "2/5", "Next ▶");
    }

    @Test
    void shouldShowLastPageForPageNumberPastTheEnd() {
        telegram.privateMessage(805, "/topics");
        SentMessage first = telegram.awaitSent(805, 1, WAIT).get(0);

        telegram.callbackQuery(805, 805, first.messageId(), "p:999:/topics");

        Awaitility.await().atMost(WAIT).until(() -> pageRow(shownMarkup(805, first.messageId())).contains("5/5"));
        assertThat(topics(shownMarkup(805, first.messageId()))).hasSize(3);
    }

    @Test
    void shouldRefuseForgedPageButtonsPolitelyAndKeepAnswering() {
        telegram.privateMessage(806, "/region Shanghai");
        SentMessage first = telegram.awaitSent(806, 1, WAIT).get(0);
        String shownBefore = telegram.shownMessage(806, first.messageId()).orElseThrow().path("text").asText();

        for (String forged : List.of("p:999:/x", "p:2:/region@OtherBot Guangdong", "p:0:/region Guangdong",
                "garbage", "/reload", "/who a\u0000b", "p:2:/who " + "a".repeat(60))) {
            JsonNode press = telegram.callbackQuery(806, 806, first.messageId(), forged);
            assertThat(notice(press)).as(forged).isEqualTo("This button no longer works: send the command instead.");
        }
        JsonNode expired = telegram.callbackQuery(806, 806, first.messageId(), "q:2:AbCdEfGh");
        assertThat(notice(expired)).isEqualTo("This button has expired: send the question again.");
        awaitEveryUpdateHandled();

        assertThat(edits(806)).isEmpty();
        assertThat(telegram.sentMessagesTo(806)).hasSize(1);
        assertThat(telegram.shownMessage(806, first.messageId()).orElseThrow().path("text").asText())
                .isEqualTo(shownBefore);
        telegram.callbackQuery(806, 806, first.messageId(), "p:2:/region Shanghai");
        awaitShown(806, first.messageId(), SECOND_PAGE);
    }

    @Test
    void shouldPageQuestionTooLongForAButtonThroughAKeptQuestion() {
        telegram.privateMessage(807, "what did the lawmakers and the political advisors propose for shanghai?");
        SentMessage first = telegram.awaitSent(807, 1, WAIT).get(0);
        String next = first.callbackData().stream().filter(data -> data.startsWith("q:2:")).findFirst()
                .orElseThrow();

        telegram.callbackQuery(807, 807, first.messageId(), next);

        awaitShown(807, first.messageId(), SECOND_PAGE);
        JsonNode elsewhere = telegram.callbackQuery(808, 808, first.messageId(), next);
        assertThat(notice(elsewhere)).isEqualTo("This button has expired: send the question again.");
    }

    @Test
    void shouldReplyWithFirstPageInGroupAndEditItInPlace() {
        JsonNode asked = telegram.groupMessage(-901, 21, "/region@BriefBot Shanghai");
        SentMessage first = telegram.awaitSent(-901, 1, WAIT).get(0);

        assertThat(first.params().path("reply_parameters").path("message_id").asLong())
                .isEqualTo(asked.path("message").path("message_id").asLong());
        assertThat(first.callbackData()).contains("p:2:/region Shanghai");

        telegram.callbackQuery(-901, 22, first.messageId(), "p:2:/region Shanghai");

        awaitShown(-901, first.messageId(), SECOND_PAGE);
        assertThat(telegram.sentMessagesTo(-901)).hasSize(1);
    }

    @Test
    void shouldPageInForumTopic() {
        long forum = -1_000_000_000_902L;
        telegram.forumTopicMessage(forum, 77, 23, "/region Shanghai");
        SentMessage first = telegram.awaitSent(forum, 1, WAIT).get(0);

        assertThat(first.params().path("message_thread_id").asLong()).isEqualTo(77);

        telegram.callbackQuery(forum, 23, first.messageId(), "p:2:/region Shanghai");

        JsonNode second = awaitShown(forum, first.messageId(), SECOND_PAGE);
        assertThat(second.path("message_thread_id").asLong()).isEqualTo(77);
        assertThat(telegram.sentMessagesTo(forum)).hasSize(1);
    }

    private static JsonNode awaitShown(long chatId, long messageId, String text) {
        return Awaitility.await().atMost(WAIT).until(() -> telegram.shownMessage(chatId, messageId).orElseThrow(),
                shown -> shown.path("text").asText().contains(text));
    }

    private static JsonNode shownMarkup(long chatId, long messageId) {
        return telegram.shownMessage(chatId, messageId).orElseThrow().path("reply_markup");
    }

    /** The callback answer's text for that press, once the bot has answered it; empty for none. */
    private static String notice(JsonNode update) {
        String id = update.path("callback_query").path("id").asText();
        Call answered = Awaitility.await().atMost(WAIT).until(() -> telegram.calls("answerCallbackQuery").stream()
                .filter(call -> call.param("callback_query_id").equals(id)).findFirst(), found -> found.isPresent())
                .orElseThrow();
        return answered.param("text");
    }

    private static List<Call> edits(long chatId) {
        return telegram.calls("editMessageText").stream().filter(call -> call.chatId() == chatId).toList();
    }

    /** The labels of the keyboard's last row: the page row. */
    private static List<String> pageRow(JsonNode markup) {
        JsonNode rows = markup.path("inline_keyboard");
        return rows.isEmpty() ? List.of() : rows.get(rows.size() - 1).findValuesAsText("text");
    }

    /** The labels of the topic buttons: every button that runs a command, but the page row (not the share link). */
    private static List<String> topics(JsonNode markup) {
        JsonNode rows = markup.path("inline_keyboard");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < rows.size() - 1; i++) {
            rows.get(i).forEach(button -> {
                if (button.has("callback_data")) {
                    labels.add(button.path("text").asText());
                }
            });
        }
        return labels;
    }
}
