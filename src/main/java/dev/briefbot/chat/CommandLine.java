package dev.briefbot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that starts with a slash: {@code /cmd}, {@code /cmd args} or {@code /cmd@BotName args}.
 *
 * @param name      the command name in lowercase, without the slash; empty for a lone {@code /}
 * @param botName   the bot it was addressed to after {@code @}, as typed; empty when addressed to no bot
 * @param arguments the rest of the message, trimmed; may span lines
 */
public record CommandLine(String name, String botName, String arguments) {

    // any whitespace, including a newline or a non-breaking space, ends the command: "/region\nShenzhen"
    private static final Pattern COMMAND =
            Pattern.compile("\\s*/(\\S*)(?:\\s+(.*))?", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

    /** The command in the text, or empty when the text is not a command. */
    public static Optional<CommandLine> parse(String text) {
        Matcher matcher = COMMAND.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String token = matcher.group(1);
        int at = token.indexOf('@');
        String name = at < 0 ? token : token.substring(0, at);
        String botName = at < 0 ? "" : token.substring(at + 1);
        String arguments = matcher.group(2) == null ? "" : trimmed(matcher.group(2));
        return Optional.of(new CommandLine(name.toLowerCase(Locale.ROOT), botName, arguments));
    }

    /** Whether the command names a bot, whichever. */
    public boolean namesBot() {
        return !botName.isEmpty();
    }

    /** Addressed to the bot with that username, or to no bot in particular. */
    public boolean isFor(String botUsername) {
        return !namesBot() || botName.equalsIgnoreCase(botUsername);
    }

    private static String trimmed(String text) {
        int end = text.length();
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
