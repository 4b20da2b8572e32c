package dev.briefbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InteractiveChatTest {

    private final List<String> heard = new ArrayList<>();
    private final Conversation echo = text -> {
        heard.add(text);
        return "You asked: " + text;
    };

    @Test
    void shouldGreetPromptAndAnswerEachLineUntilEndOfInput() throws IOException {
        Session session = chat(echo, "/region Shenzhen\nwho proposed elderly care?\n");

        assertThat(session.exitCode()).isZero();
        assertThat(session.output()).startsWith(InteractiveChat.GREETING)
                .contains("> You asked: /region Shenzhen\n")
                .contains("> You asked: who proposed elderly care?\n")
                .endsWith("> \n");
    }

    @Test
    void shouldTellTheUserHowToAskAndLeave() throws IOException {
        assertThat(chat(echo, "").output()).contains("/help").contains("Ctrl-D");
    }

    @Test
    void shouldLeaveOnQuitOrExitWithoutReadingFurther() throws IOException {
        assertThat(chat(echo, "/quit\n/region Shenzhen\n").exitCode()).isZero();
        assertThat(chat(echo, "  /EXIT \n/region Shenzhen\n").exitCode()).isZero();

        assertThat(heard).isEmpty();
    }

    @Test
    void shouldSkipBlankLinesAndStripTheQuestion() throws IOException {
        chat(echo, "\n   \n\t/region   Shenzhen  \n");

        assertThat(heard).containsExactly("/region   Shenzhen");
    }

    @Test
    void shouldApologiseAndCarryOnWhenAnsweringFails() throws IOException {
        Conversation failingOnce = text -> {
            if (text.equals("boom")) {
                throw new IllegalStateException("index broken");
            }
            return "fine";
        };

        Session session = chat(failingOnce, "boom\nnext\n");

        assertThat(session.exitCode()).isZero();
        assertThat(session.output()).contains("> " + ConsoleMode.APOLOGY + "\n").contains("> fine\n");
    }

    @Test
    void shouldPrintNothingButThePromptWhenTheBotStaysSilent() throws IOException {
        Session session = chat(text -> "", "hello\n");

        assertThat(session.output()).endsWith(InteractiveChat.GREETING + "\n> > \n");
    }

    record Session(int exitCode, String output) {
    }

    static Session chat(Conversation conversation, String input) throws IOException {
        StringWriter output = new StringWriter();
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(input)), new PrintWriter(output, true));
        int exitCode = new InteractiveChat(conversation, terminal).run();
        return new Session(exitCode, output.toString().replace(System.lineSeparator(), "\n"));
    }
}
