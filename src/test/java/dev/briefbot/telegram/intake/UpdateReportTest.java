package dev.briefbot.telegram.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UpdateReport report = new UpdateReport(registry);
    private final UpdateReader reader = new UpdateReader(() -> "BriefBot");

    @Test
    void shouldNameTheCommandOrCallItAQuestionAndNeverKeepWhatWasTyped() {
        assertThat(UpdateReader.actionOf("/region Shenzhen")).isEqualTo("region");
        assertThat(UpdateReader.actionOf("/Region@BriefBot Shenzhen")).isEqualTo("region");
        assertThat(UpdateReader.actionOf("@BriefBot /who elderly care")).isEqualTo("who");
        assertThat(UpdateReader.actionOf("/reload")).isEqualTo("reload");
        assertThat(UpdateReader.actionOf("/password123 secret")).isEqualTo("unknown");
        assertThat(UpdateReader.actionOf("who proposed AI robots?")).isEqualTo("question");
    }

    @Test
    void shouldCountACommandAndTimeItsAnswer() {
        UpdateReport.Arrival arrival = report.received(reader.read(privateMessage(1, "/region Shenzhen")));
        report.handled(arrival, UpdateOutcome.ANSWERED);

        assertThat(registry.get("briefbot.updates.received").tag("type", "message").counter().count()).isEqualTo(1);
        assertThat(registry.get("briefbot.commands").tag("command", "region").counter().count()).isEqualTo(1);
        assertThat(registry.get("briefbot.answer.latency").tag("command", "region").timer().count()).isEqualTo(1);
        assertThat(registry.get("briefbot.updates.handled").tags("type", "message", "outcome", "answered").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void shouldNotCountIgnoredChatterAsACommandNorTimeAFloodDrop() {
        report.handled(report.received(reader.read(groupMessage(2, "lunch anyone?"))), UpdateOutcome.IGNORED);
        report.handled(report.received(reader.read(privateMessage(3, "/source"))), UpdateOutcome.FLOOD_DROPPED);

        assertThat(registry.find("briefbot.commands").tag("command", "question").counter()).isNull();
        assertThat(registry.get("briefbot.commands").tag("command", "source").counter().count()).isEqualTo(1);
        assertThat(registry.find("briefbot.answer.latency").timers()).isEmpty();
        assertThat(registry.get("briefbot.updates.handled").tag("outcome", "ignored").counter().count()).isEqualTo(1);
    }

    @Test
    void shouldTimeAnInlineAnswerButNotCountItAsACommand() {
        Update inline = update(4, Map.of("inline_query", Map.of("id", "q1", "query", "Shenzhen", "offset", "",
                "from", Map.of("id", 77, "is_bot", false, "first_name", "Li"))));
        report.handled(report.received(reader.read(inline)), UpdateOutcome.ANSWERED);

        assertThat(registry.get("briefbot.updates.received").tag("type", "inline_query").counter().count())
                .isEqualTo(1);
        assertThat(registry.find("briefbot.commands").counters()).isEmpty();
        assertThat(registry.get("briefbot.answer.latency").tag("command", "inline").timer().count()).isEqualTo(1);
    }

    @Test
    void shouldReadTheChatTypeOfAnUpdate() {
        assertThat(chatTypeOf(privateMessage(5, "hi"))).isEqualTo("private");
        assertThat(chatTypeOf(groupMessage(6, "hi"))).isEqualTo("group");
        assertThat(chatTypeOf(update(7, Map.of("callback_query", Map.of("id", "c1", "chat_instance", "1",
                "from", Map.of("id", 77, "is_bot", false, "first_name", "Li"), "inline_message_id", "m1")))))
                .isEqualTo("inline");
    }

    private String chatTypeOf(Update update) {
        return reader.read(update).chatType();
    }

    private static Update privateMessage(int id, String text) {
        return message(id, Map.of("id", 501, "type", "private"), text);
    }

    private static Update groupMessage(int id, String text) {
        return message(id, Map.of("id", -601, "type", "group", "title", "Analysts"), text);
    }

    private static Update message(int id, Map<String, Object> chat, String text) {
        return update(id, Map.of("message", Map.of("message_id", id, "date", 1706428800, "chat", chat, "text", text,
                "from", Map.of("id", 77, "is_bot", false, "first_name", "Li"),
                "entities", text.startsWith("/") ? List.of(Map.of("type", "bot_command", "offset", 0,
                        "length", text.split(" ")[0].length())) : List.of())));
    }

    private static Update update(int id, Map<String, Object> fields) {
        Map<String, Object> update = new HashMap<>(fields);
        update.put("update_id", id);
        return JSON.convertValue(update, Update.class);
    }
}
