package dev.briefbot.console;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldWriteOneJsonObjectPerQuestionInOrder() throws IOException {
        List<String> lines = answer(text -> "Reply to " + text + "\nsecond line", "/region Shenzhen\nwho is Wu Wenyan?\n");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"question\":\"/region Shenzhen\",\"reply\":\"Reply to /region Shenzhen\\nsecond line\"}");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("question").asText()).isEqualTo("who is Wu Wenyan?");
        assertThat(second.get("reply").asText()).isEqualTo("Reply to who is Wu Wenyan?\nsecond line");
    }

    @Test
    void shouldSkipBlankLines() throws IOException {
        List<String> lines = answer(text -> "ok", "\n  \n/topics\n\n");

        assertThat(lines).containsExactly("{\"question\":\"/topics\",\"reply\":\"ok\"}");
    }

    @Test
    void shouldKeepQuotesAndChineseIntact() throws IOException {
        List<String> lines = answer(text -> "\"quoted\" " + text, "/region 深圳\n");

        JsonNode exchange = json.readTree(lines.get(0));
        assertThat(exchange.get("reply").asText()).isEqualTo("\"quoted\" /region 深圳");
    }

    @Test
    void shouldApologiseForOneFailedQuestionAndAnswerTheRest() throws IOException {
        List<String> lines = answer(text -> {
            if (text.equals("boom")) {
                throw new IllegalStateException("index broken");
            }
            return "fine";
        }, "boom\nnext\n");

        assertThat(lines).containsExactly(
                "{\"question\":\"boom\",\"reply\":\"" + ConsoleMode.APOLOGY + "\"}",
                "{\"question\":\"next\",\"reply\":\"fine\"}");
    }

    private static List<String> answer(Conversation conversation, String input) throws IOException {
        StringWriter output = new StringWriter();
        int exitCode = new JsonLines(conversation, ConsoleModeTest.terminal(input, output)).run();
        assertThat(exitCode).isZero();
        return output.toString().lines().toList();
    }
}
