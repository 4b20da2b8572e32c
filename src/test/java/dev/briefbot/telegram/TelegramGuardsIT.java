package dev.briefbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefbot.telegram.fake.Call;
import dev.briefbot.telegram.fake.Fault;
import dev.briefbot.telegram.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dev.briefbot.telegram.sending.SendLimits;

/**
 * The bot guarding itself over HTTP, through the real TelegramBots stack: a user asking too fast is told once to slow
 * down, and a second poller on the token (409 Conflict) is reported to the operator in one line.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramGuardsIT extends BotOverFakeTelegram {

    private static final int PER_MINUTE = 3;
    private static final String SLOW_DOWN = "Please slow down";

    @Autowired
    private TelegramSettings settings;

    @DynamicPropertySource
    static void floodLimit(DynamicPropertyRegistry registry) {
        registry.add("briefbot.telegram.flood.per-minute", () -> PER_MINUTE);
    }

    @Test
    void shouldSaySlowDownOnceToAUserPastTheLimitAndDropTheRest() {
        for (int i = 0; i < PER_MINUTE + 3; i++) {
            telegram.privateMessage(811, "/source");
        }

        List<SentMessage> sent = telegram.awaitSent(811, PER_MINUTE + 1, WAIT);
        sleep(Duration.ofMillis(1500));

        assertThat(telegram.sentMessagesTo(811)).hasSize(PER_MINUTE + 1);
        assertThat(sent.subList(0, PER_MINUTE))
                .allSatisfy(answer -> assertThat(answer.text()).doesNotContain(SLOW_DOWN));
        assertThat(sent.get(PER_MINUTE).text()).contains(SLOW_DOWN, PER_MINUTE + " requests a minute");
        assertThat(secondsToWait(sent.get(PER_MINUTE).text())).isBetween(1L, 60L);
    }

    @Test
    void shouldNotCountGroupChatterAndReplyToTheFloodingMessage() {
        for (int i = 0; i < 5; i++) {
            telegram.groupMessage(-831, 821, "lunch anyone?");
        }
        for (int i = 0; i < PER_MINUTE; i++) {
            telegram.groupMessage(-831, 821, "/source@BriefBot");
        }
        JsonNode flooding = telegram.groupMessage(-831, 821, "/source@BriefBot");

        List<SentMessage> sent = telegram.awaitSent(-831, PER_MINUTE + 1, WAIT);

        SentMessage slowDown = sent.get(PER_MINUTE);
        assertThat(sent.subList(0, PER_MINUTE))
                .allSatisfy(answer -> assertThat(answer.text()).doesNotContain(SLOW_DOWN));
        assertThat(slowDown.text()).contains(SLOW_DOWN);
        assertThat(slowDown.params().path("reply_parameters").path("message_id").asLong())
                .isEqualTo(flooding.path("message").path("message_id").asLong());
    }

    @Test
    void shouldLimitAUserAcrossChatsButNotTheOthersInTheGroup() {
        for (int i = 0; i < PER_MINUTE; i++) {
            telegram.privateMessage(841, "/source");
        }
        telegram.awaitSent(841, PER_MINUTE, WAIT);

        telegram.groupMessage(-851, 841, "/source");
        telegram.groupMessage(-851, 842, "/source");

        List<SentMessage> sent = telegram.awaitSent(-851, 2, WAIT);
        assertThat(sent).filteredOn(message -> message.text().contains(SLOW_DOWN)).hasSize(1);
        assertThat(sent).filteredOn(message -> !message.text().contains(SLOW_DOWN)).hasSize(1);
    }

    @Test
    void shouldCountAnonymousAdminsAsTheirGroup() {
        for (int i = 0; i < PER_MINUTE + 1; i++) {
            telegram.anonymousAdminMessage(-861, "/source");
        }
        telegram.anonymousAdminMessage(-871, "/source");

        assertThat(telegram.awaitSent(-861, PER_MINUTE + 1, WAIT).get(PER_MINUTE).text()).contains(SLOW_DOWN);
        assertThat(telegram.awaitSent(-871, 1, WAIT).get(0).text()).doesNotContain(SLOW_DOWN);
    }

    @Test
    void shouldCountButtonPressesAndSaySlowDownInTheButtonsNotice() {
        telegram.privateMessage(881, "/region");
        SentMessage keyboard = telegram.awaitSent(881, 1, WAIT).get(0);
        String button = keyboard.callbackData().get(0);
        for (int i = 1; i < PER_MINUTE; i++) {
            telegram.callbackQuery(881, 881, keyboard.messageId(), button);
        }
        String flooding = telegram.callbackQuery(881, 881, keyboard.messageId(), button)
                .path("callback_query").path("id").asText();

        await().atMost(WAIT).until(() -> answerOf(flooding) != null);
        String dropped = telegram.callbackQuery(881, 881, keyboard.messageId(), button)
                .path("callback_query").path("id").asText();
        await().atMost(WAIT).until(() -> answerOf(dropped) != null);

        assertThat(answerOf(flooding).param("text")).contains(SLOW_DOWN);
        assertThat(answerOf(dropped).param("text")).as("acknowledged, silently").isNullOrEmpty();
        assertThat(telegram.sentMessagesTo(881)).as("only the keyboard, nothing the presses ran")
                .hasSize(PER_MINUTE);
    }

    @Test
    void shouldTellTheOperatorOnceAboutAConflictOnGetUpdatesAndResume(CapturedOutput output) {
        telegram.fail("getUpdates", Fault.conflict().times(2));
        telegram.privateMessage(891, "/source");
        await().atMost(WAIT).until(() -> output.getAll().contains("409 Conflict"));

        telegram.privateMessage(892, "/source");

        assertThat(telegram.awaitSent(892, 1, WAIT)).isNotEmpty();
        assertThat(output.getAll().lines().filter(line -> line.contains("409 Conflict")))
                .singleElement().asString()
                .contains("another BriefBot instance is polling with this bot token, or a webhook is set for it")
                .contains("Stop the other instance", "deleteWebhook");
        assertThat(output.getAll()).doesNotContain(telegram.token()).doesNotContain("GetUpdates Request");
    }

    @Test
    void shouldDocumentTelegramsLimitsAsTheDefaultsOperatorsSee() {
        assertThat(settings.limits().sendLimits()).isEqualTo(SendLimits.telegram());
    }

    private static Call answerOf(String queryId) {
        return telegram.calls("answerCallbackQuery").stream()
                .filter(call -> call.param("callback_query_id").equals(queryId)).findFirst().orElse(null);
    }

    private static long secondsToWait(String slowDown) {
        Matcher seconds = Pattern.compile("ask again in (\\d+) s").matcher(slowDown);
        assertThat(seconds.find()).as(slowDown).isTrue();
        return Long.parseLong(seconds.group(1));
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
