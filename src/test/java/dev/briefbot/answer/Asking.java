package dev.briefbot.answer;

import java.util.Locale;
import java.util.Optional;

/** A message as the chat would pass it on: a command to its method, anything else as a question in context. */
final class Asking {

    private Asking() {
    }

    static Answer ask(Answers answers, String text, Optional<Subject> context) {
        if (!text.startsWith("/")) {
            return answers.question(text, context);
        }
        String[] parts = text.substring(1).split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 ? parts[1].trim() : "";
        return switch (command) {
            case "region" -> argument.isEmpty() ? answers.regions() : answers.region(argument);
            case "who" -> answers.who(argument);
            case "advisor" -> answers.advisor(argument);
            case "rankings" -> answers.rankings(argument);
            case "topics" -> answers.topics();
            case "source" -> answers.source();
            case "summary" -> answers.summary();
            case "ask" -> answers.question(argument, context);
            default -> throw new IllegalArgumentException("an unknown command: " + text);
        };
    }
}
