package dev.briefbot.console;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.slf4j.LoggerFactory;

/** What the command line asks the console to do: chat, answer one question, or answer standard input line by line. */
sealed interface ConsoleMode {

    String ASK = "--ask";
    String STANDARD_INPUT = "-";
    String APOLOGY = "Sorry, something went wrong answering that.";

    /** Runs the mode and returns the process exit code. */
    int run(Conversation conversation, Terminal terminal) throws IOException;

    /** {@code --ask QUESTION}, {@code --ask=QUESTION}, {@code --ask -} or none of them; other arguments are Spring's. */
    static ConsoleMode of(String... args) {
        List<String> arguments = Arrays.asList(args);
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith(ASK + "=")) {
                return ask(argument.substring(ASK.length() + 1));
            }
            if (argument.equals(ASK)) {
                return i + 1 < arguments.size()
                        ? ask(arguments.get(i + 1))
                        : new Misused("--ask needs a question, or - to read questions from standard input");
            }
        }
        return new Interactive();
    }

    /** Whether standard output must carry answers only: no banner, no log lines. */
    static boolean answersOnly(String... args) {
        return !(of(args) instanceof Interactive);
    }

    private static ConsoleMode ask(String question) {
        return question.equals(STANDARD_INPUT) ? new AskLines() : new AskOne(question);
    }

    /** The reply to one line; a failure is logged and apologised for, so one odd question never ends the console. */
    static String answer(Conversation conversation, String text) {
        try {
            return conversation.reply(text);
        } catch (RuntimeException failure) {
            LoggerFactory.getLogger(ConsoleMode.class).error("Could not answer '{}'", text, failure);
            return APOLOGY;
        }
    }

    /** A chat on the terminal until end of input or {@code /quit}. */
    record Interactive() implements ConsoleMode {

        @Override
        public int run(Conversation conversation, Terminal terminal) throws IOException {
            return new InteractiveChat(conversation, terminal).run();
        }
    }

    /** {@code --ask QUESTION}: the one reply, in plain text. */
    record AskOne(String question) implements ConsoleMode {

        @Override
        public int run(Conversation conversation, Terminal terminal) {
            String reply = answer(conversation, question.strip());
            if (!reply.isEmpty()) {
                terminal.out().println(reply);
            }
            terminal.out().flush();
            return 0;
        }
    }

    /** {@code --ask -}: one question per line of standard input, one JSON object per line out. */
    record AskLines() implements ConsoleMode {

        @Override
        public int run(Conversation conversation, Terminal terminal) throws IOException {
            return new JsonLines(conversation, terminal).run();
        }
    }

    /** Arguments the console cannot follow: says why on standard error and exits with a usage error. */
    record Misused(String problem) implements ConsoleMode {

        @Override
        public int run(Conversation conversation, Terminal terminal) {
            System.err.println("briefbot: " + problem);
            return 2;
        }
    }
}
