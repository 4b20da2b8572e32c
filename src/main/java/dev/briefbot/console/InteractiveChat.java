package dev.briefbot.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;

/** The chat on a terminal: a greeting, a prompt, each line answered in plain text, until end of input or /quit. */
final class InteractiveChat {

    static final String GREETING = """
            BriefBot answers questions about policy briefs: who proposed what, for which region, and how regions rank,
            each answer with its verbatim quote and source.
            Type /help, a question, or Ctrl-D to leave.""";
    static final String PROMPT = "> ";
    private static final Set<String> QUIT = Set.of("/quit", "/exit");

    private final Conversation conversation;
    private final Terminal terminal;

    InteractiveChat(Conversation conversation, Terminal terminal) {
        this.conversation = conversation;
        this.terminal = terminal;
    }

    int run() throws IOException {
        PrintWriter out = terminal.out();
        out.println(GREETING);
        String line;
        while ((line = nextLine(out)) != null) {
            String text = line.strip();
            if (QUIT.contains(text.toLowerCase(Locale.ROOT))) {
                return 0;
            }
            if (!text.isEmpty()) {
                say(ConsoleMode.answer(conversation, text));
            }
        }
        // Ctrl-D leaves the cursor after the prompt: end the line so the shell prompt starts clean
        out.println();
        out.flush();
        return 0;
    }

    private String nextLine(PrintWriter out) throws IOException {
        out.print(PROMPT);
        out.flush();
        return terminal.in().readLine();
    }

    private void say(String reply) {
        if (!reply.isEmpty()) {
            terminal.out().println(reply);
            terminal.out().println();
        }
    }
}
