package dev.briefbot.chat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Library;

/** The answers about the bot itself: what it knows, how to ask, and what to do after a command it does not know. */
final class Guide {

    // a command name a user typed is echoed back; Telegram's own command names are at most 32 characters
    private static final int LONGEST_ECHOED_NAME = 32;
    /** A Telegram username, as a bot's is: 5 to 32 letters, digits and underscores (older bots may have fewer). */
    private static final Pattern BOT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,31}");

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

    /**
     * A command addressed to another bot, or to a name no bot can have ({@code /region@@bot}), where only this bot
     * reads it: which bot it was for, and this bot's own spelling, as a button when it is one of ours.
     */
    Answer strayCommand(CommandLine line) {
        Optional<Command> ours = Command.named(line.name()).filter(command -> !command.isForOperators());
        String mine = ours.map(command -> "here it is " + command.slashed())
                .orElseGet(() -> "I have no /" + abbreviated(line.name()) + "; /help lists mine");
        String headline = BOT_NAME.matcher(line.botName()).matches()
                ? "That command is for @" + line.botName() + "; " + mine + "."
                : "That command names no bot (“@" + abbreviated(line.botName()) + "” is not a bot's name); " + mine
                        + ".";
        String command = ours.map(Command::slashed).orElse("/help")
                + (ours.isPresent() && !line.arguments().isEmpty() ? " " + line.arguments() : "");
        String label = ours.isPresent() ? abbreviated(command) : "Help";
        return Answer.of(headline).withSuggestions(List.of(new Answer.Suggestion(label, command)));
    }

    private Answer guide(String headline, Library library) {
        List<Answer.Item> commands = Command.forEveryone().stream().map(this::command).toList();
        return new Answer(headline, commands, List.of(knowledge(library), howToAsk()), SUGGESTIONS);
    }

    /** One line a command, its example first: "/region Shenzhen — proposals for a region and where it ranks". */
    private Answer.Item command(Command command) {
        return new Answer.Item(command.example() + " — " + command.description(), List.of(), List.of());
    }

    private String knowledge(Library library) {
        List<Brief> briefs = library.briefs();
        if (briefs.isEmpty()) {
            return "I have no briefs loaded yet.";
        }
        Brief newest = briefs.stream().max(java.util.Comparator.comparing(Brief::published)).orElseThrow();
        String count = briefs.size() == 1 ? "1 brief: " : briefs.size() + " briefs, the newest: ";
        return "I know " + count + "“" + newest.title() + "” (" + newest.publisher() + ", "
                + SourceLine.date(newest.source().date()) + ").";
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
