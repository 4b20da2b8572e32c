package dev.briefbot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleModeTest {

    private final Conversation echo = text -> "Reply to " + text;

    @Test
    void shouldChatWhenNotAskedAnything() {
        assertThat(ConsoleMode.of()).isEqualTo(new ConsoleMode.Interactive());
        assertThat(ConsoleMode.of("--briefbot.seeds-dir=/srv/briefs")).isEqualTo(new ConsoleMode.Interactive());
        assertThat(ConsoleMode.answersOnly("--briefbot.seeds-dir=/srv/briefs")).isFalse();
    }

    @Test
    void shouldAskOneQuestionInEitherForm() {
        assertThat(ConsoleMode.of("--ask", "/region Shenzhen")).isEqualTo(new ConsoleMode.AskOne("/region Shenzhen"));
        assertThat(ConsoleMode.of("--ask=/region Shenzhen")).isEqualTo(new ConsoleMode.AskOne("/region Shenzhen"));
        assertThat(ConsoleMode.of("--debug", "--ask=who is Wu Wenyan?")).isEqualTo(new ConsoleMode.AskOne("who is Wu Wenyan?"));
        assertThat(ConsoleMode.answersOnly("--ask=/region Shenzhen")).isTrue();
    }

    @Test
    void shouldReadStandardInputWhenAskedDash() {
        assertThat(ConsoleMode.of("--ask", "-")).isEqualTo(new ConsoleMode.AskLines());
        assertThat(ConsoleMode.of("--ask=-")).isEqualTo(new ConsoleMode.AskLines());
        assertThat(ConsoleMode.answersOnly("--ask", "-")).isTrue();
    }

    @Test
    void shouldRefuseAskWithoutAQuestion() throws IOException {
        ConsoleMode mode = ConsoleMode.of("--ask");

        assertThat(mode).isInstanceOf(ConsoleMode.Misused.class);
        assertThat(mode.run(echo, terminal("", new StringWriter()))).isEqualTo(2);
    }

    @Test
    void shouldPrintOnlyTheReplyToOneQuestion() throws IOException {
        StringWriter output = new StringWriter();

        int exitCode = new ConsoleMode.AskOne("  /region Shenzhen ").run(echo, terminal("", output));

        assertThat(exitCode).isZero();
        assertThat(output.toString()).isEqualTo("Reply to /region Shenzhen" + System.lineSeparator());
    }

    @Test
    void shouldApologiseOnStandardOutputWhenOneQuestionFails() throws IOException {
        StringWriter output = new StringWriter();

        int exitCode = new ConsoleMode.AskOne("boom").run(text -> {
            throw new IllegalStateException("index broken");
        }, terminal("", output));

        assertThat(exitCode).isZero();
        assertThat(output.toString()).isEqualTo(ConsoleMode.APOLOGY + System.lineSeparator());
    }

    static Terminal terminal(String input, StringWriter output) {
        return new Terminal(new BufferedReader(new StringReader(input)), new PrintWriter(output, true));
    }
}
