package dev.briefbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.briefbot.answer.Answer;
import dev.briefbot.chat.Command;
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
    private static final Pattern COMMAND = Pattern.compile("/([a-z]+)(?: [^\\p{Cntrl}@]+)?");

    private SuggestionButtons() {
    }

    /** The keyboard, or null when no suggestion fits in a button. */
    static InlineKeyboardMarkup of(List<Answer.Suggestion> suggestions) {
        List<InlineKeyboardButton> buttons = suggestions.stream()
                .filter(suggestion -> command(suggestion.command()).isPresent())
                .map(SuggestionButtons::button)
                .toList();
        if (buttons.isEmpty()) {
            return null;
        }
        InlineKeyboardMarkup.InlineKeyboardMarkupBuilder<?, ?> keyboard = InlineKeyboardMarkup.builder();
        for (int start = 0; start < buttons.size(); start += PER_ROW) {
            keyboard.keyboardRow(new InlineKeyboardRow(buttons.subList(start, Math.min(start + PER_ROW,
                    buttons.size()))));
        }
        return keyboard.build();
    }

    private static InlineKeyboardButton button(Answer.Suggestion suggestion) {
        return InlineKeyboardButton.builder().text(suggestion.label()).callbackData(suggestion.command()).build();
    }

    /** The command a button's data stands for, if it is one of ours and fits; never trusted beyond that. */
    static Optional<String> command(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > DATA_LIMIT) {
            return Optional.empty();
        }
        var matcher = COMMAND.matcher(data);
        return matcher.matches() && Command.named(matcher.group(1)).isPresent() ? Optional.of(data) : Optional.empty();
    }
}
