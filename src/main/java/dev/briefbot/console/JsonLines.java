package dev.briefbot.console;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code --ask -}: answers standard input one line at a time and writes one JSON object per line, in order, so a
 * script can pair each question with its reply. Blank lines are skipped.
 */
final class JsonLines {

    /** One line of output. */
    @JsonPropertyOrder({"question", "reply"})
    record Exchange(String question, String reply) {
    }

    // a plain mapper: one object per line needs no indentation, whatever the application configures
    private final ObjectMapper json = new ObjectMapper();
    private final Conversation conversation;
    private final Terminal terminal;

    JsonLines(Conversation conversation, Terminal terminal) {
        this.conversation = conversation;
        this.terminal = terminal;
    }

    int run() throws IOException {
        String line;
        while ((line = terminal.in().readLine()) != null) {
            String question = line.strip();
            if (!question.isEmpty()) {
                write(new Exchange(question, ConsoleMode.answer(conversation, question)));
            }
        }
        terminal.out().flush();
        return 0;
    }

    private void write(Exchange exchange) throws IOException {
        terminal.out().println(json.writeValueAsString(exchange));
    }
}
