package dev.briefbot.chat;

import java.util.List;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;

/** The answers about the bot itself: what it knows, how to ask, and what to do after a command it does not know. */
final class Guide {

    // a command name a user typed is echoed back; Telegram's own command names are at most 32 characters
    private static final int LONGEST_ECHOED_NAME = 32;

    private static final List<Answer.Suggestion> SUGGESTIONS = List.of(
            new Answer.Suggestion("Shenzhen", "/region Shenzhen"),
            new Answer.Suggestion("Elderly care", "/who elderly care"),
            new Answer.Suggestion("Rankings", "/rankings"),
            new Answer.Suggestion("Topics", "/topics"));

    Answer welcome(Library library) {
        return guide("Hello! I answer questions about policy briefs, with the verbatim quote and its source.", library);
    }

    Answer help(Library library) {
        return guide("What I can tell you", library);
    }

    Answer unknownCommand(String name) {
        String command = name.isEmpty() ? "that command" : "/" + abbreviated(name);
        return Answer.of("I don't know " + command + ". Try /help.")
                .withSuggestions(List.of(new Answer.Suggestion("Help", "/help")));
    }

    private Answer guide(String headline, Library library) {
        List<Answer.Item> commands = Command.forEveryone().stream().map(this::command).toList();
        return new Answer(headline, commands, List.of(knowledge(library), howToAsk()), SUGGESTIONS);
    }

    private Answer.Item command(Command command) {
        return new Answer.Item(command.slashed() + " — " + command.description(),
                List.of("e.g. " + command.example()), List.of());
    }

    private String knowledge(Library library) {
        List<Brief> briefs = library.briefs();
        if (briefs.isEmpty()) {
            return "I have no briefs loaded yet.";
        }
        Brief first = briefs.get(0);
        String count = briefs.size() == 1 ? "1 brief" : briefs.size() + " briefs";
        return "I know " + count + ", the first: “" + first.title() + "” (" + first.publisher() + ", "
                + SourceLine.date(first.source().date()) + ").";
    }

    private String howToAsk() {
        return "Or just ask, e.g. “who proposed AI robots for elderly care?” In a group, mention me or reply to me.";
    }

    private String abbreviated(String name) {
        return name.codePointCount(0, name.length()) <= LONGEST_ECHOED_NAME
                ? name
                : name.substring(0, name.offsetByCodePoints(0, LONGEST_ECHOED_NAME)) + "…";
    }
}
