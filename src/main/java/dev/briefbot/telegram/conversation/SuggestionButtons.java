package dev.briefbot.telegram.conversation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.Command;
import dev.briefbot.chat.CommandLine;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * An answer's suggestions as inline buttons. A button carries the command it runs (e.g. {@code /region Shenzhen}) as
 * its callback data; what comes back is checked again, since any client can send any data.
 */
final class SuggestionButtons {

    /** Telegram's limit on callback data. */
    static final int DATA_LIMIT = 64;
    private static final int PER_ROW = 2;

    private SuggestionButtons() {
    }

    /** The keyboard, or null when no suggestion fits in a button. */
    static InlineKeyboardMarkup of(List<Answer.Suggestion> suggestions) {
        return of(suggestions, List.of());
    }

    /** The suggestions' rows, then {@code more} (a share button); null when there is no button at all. */
    static InlineKeyboardMarkup of(List<Answer.Suggestion> suggestions, List<InlineKeyboardRow> more) {
        List<InlineKeyboardRow> rows = new ArrayList<>(rows(suggestions));
        rows.addAll(more);
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** The suggestions that fit in a button, two a row. */
    static List<InlineKeyboardRow> rows(List<Answer.Suggestion> suggestions) {
        List<InlineKeyboardButton> buttons = suggestions.stream()
                .filter(suggestion -> command(suggestion.command()).isPresent())
                .map(SuggestionButtons::button)
                .toList();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int start = 0; start < buttons.size(); start += PER_ROW) {
            rows.add(new InlineKeyboardRow(buttons.subList(start, Math.min(start + PER_ROW, buttons.size()))));
        }
        return rows;
    }

    private static InlineKeyboardButton button(Answer.Suggestion suggestion) {
        return InlineKeyboardButton.builder().text(suggestion.label()).callbackData(suggestion.command()).build();
    }

    /**
     * The command a button's data stands for, if it is one of ours and fits; never trusted beyond that. Read with the
     * chat's own command parser, and stricter than typed text: at most {@link #DATA_LIMIT} bytes, no control
     * character, no {@code @} (neither {@code /region@OtherBot} nor an address in the arguments), a command the bot
     * knows and anyone may run, spelled exactly as the bot writes it ({@code /name} or {@code /name arguments},
     * lowercase, one space).
     */
    static Optional<String> command(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > DATA_LIMIT
                || data.chars().anyMatch(Character::isISOControl) || data.indexOf('@') >= 0) {
            return Optional.empty();
        }
        return CommandLine.parse(data)
                // an operator's command is typed, never pressed
                .filter(line -> Command.named(line.name()).filter(command -> !command.isForOperators()).isPresent())
                .filter(line -> spelled(line).equals(data))
                .map(line -> data);
    }

    /** A command as a button carries it: {@code /name} or {@code /name arguments}. */
    static String spelled(CommandLine line) {
        return "/" + line.name() + (line.arguments().isEmpty() ? "" : " " + line.arguments());
    }
}
