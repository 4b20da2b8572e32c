package dev.briefbot.telegram.conversation;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefbot.chat.Command;
import dev.briefbot.chat.CommandLine;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * An answer as a link anyone can open: {@code https://t.me/<bot>?start=<payload>}, which Telegram opens as
 * {@code /start <payload>} in a private chat with the bot. The payload (Telegram's rule: at most 64 characters of
 * {@code A-Za-z0-9_-}) carries the command that asks the answer, in one of three spellings:
 * <ul>
 * <li>{@code topics}: a command without an argument;</li>
 * <li>{@code region-Hong_Kong}: an argument of ASCII letters and digits in words, each space written {@code _};</li>
 * <li>{@code region_5rex5Zyz}: any other argument (深圳), as its UTF-8 in unpadded base64url.</li>
 * </ul>
 * A question that does not fit (free text much past 40 characters) gets no link: its answer is sent without a share
 * button, rather than with a link that would open something else. Coming back, a payload is read as strictly as
 * button data: only the spelling this class writes (encoding the decoded command again must give the payload back),
 * a command whose answer is alike in every chat, and then the suggestion buttons' own check of the command.
 */
public final class DeepLinks {

    /** Telegram's limit on a start parameter. */
    static final int PAYLOAD_LIMIT = 64;
    static final String SHARE = "↗ Share";
    /** Told with the greeting when a link comes back unreadable. */
    static final String DAMAGED = "That link did not come through whole, so I could not tell what it asked. Here is "
            + "what I can do; ask again in your own words.";

    private static final Pattern PAYLOAD = Pattern.compile("([a-z]{1,32})(?:([-_])([A-Za-z0-9_-]+))?");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9]+(?: [A-Za-z0-9]+)*");
    private static final Pattern WRITTEN_WORDS = Pattern.compile("[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*");

    private final Supplier<String> botUsername;

    /** @param botUsername this bot's username, without @, as getMe gave it at start-up */
    public DeepLinks(Supplier<String> botUsername) {
        this.botUsername = botUsername;
    }

    /** The link that opens {@code command}'s answer in a private chat; empty when the command does not fit one. */
    Optional<String> link(String command) {
        return payload(command).map(payload -> "https://t.me/" + botUsername.get() + "?start=" + payload);
    }

    /**
     * A row with one URL button that opens Telegram's share sheet with the link to {@code command}'s answer; none
     * when it has no link.
     */
    List<InlineKeyboardRow> shareRow(Optional<String> command) {
        return command.flatMap(this::link).map(link -> List.of(new InlineKeyboardRow(List.of(
                InlineKeyboardButton.builder().text(SHARE)
                        .url("https://t.me/share/url?url=" + URLEncoder.encode(link, StandardCharsets.UTF_8))
                        .build())))).orElse(List.of());
    }

    /** The payload of {@code /start payload}, the way a deep link arrives; empty for anything else. */
    Optional<String> startPayload(String text) {
        return CommandLine.parse(text)
                .filter(line -> line.name().equals(Command.START.commandName()) && line.isFor(botUsername.get()))
                .map(CommandLine::arguments)
                .filter(arguments -> !arguments.isEmpty());
    }

    /** The payload for a command, as the bot spells it; empty when it is not one a link may carry, or too long. */
    static Optional<String> payload(String command) {
        Optional<CommandLine> line = SuggestionButtons.command(command).flatMap(CommandLine::parse)
                .filter(parsed -> Command.named(parsed.name()).filter(Command::answersAlike).isPresent());
        if (line.isEmpty()) {
            return Optional.empty();
        }
        String name = line.get().name();
        String argument = line.get().arguments();
        String payload = argument.isEmpty() ? name
                : WORDS.matcher(argument).matches() ? name + "-" + argument.replace(' ', '_')
                : name + "_" + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(argument.getBytes(StandardCharsets.UTF_8));
        return payload.length() <= PAYLOAD_LIMIT ? Optional.of(payload) : Optional.empty();
    }

    /** The command a payload stands for; empty unless it is exactly what {@link #payload} writes for it. */
    static Optional<String> read(String payload) {
        if (payload == null || payload.length() > PAYLOAD_LIMIT) {
            return Optional.empty();
        }
        Matcher matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<String> argument = argument(matcher.group(2), matcher.group(3));
        return argument.map(typed -> "/" + matcher.group(1) + (typed.isEmpty() ? "" : " " + typed))
                .filter(command -> payload(command).filter(payload::equals).isPresent());
    }

    private static Optional<String> argument(String spelling, String written) {
        if (spelling == null) {
            return Optional.of("");
        }
        if (spelling.equals("-")) {
            return WRITTEN_WORDS.matcher(written).matches() ? Optional.of(written.replace('_', ' '))
                    : Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(written);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IllegalArgumentException | CharacterCodingException unreadable) {
            return Optional.empty();
        }
    }
}
