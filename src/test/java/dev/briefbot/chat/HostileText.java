package dev.briefbot.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import dev.briefbot.answer.Answer;
import dev.briefbot.brief.Source;

/** Random text of the kind that breaks chat bots, from a seeded {@link Random} so a failure can be replayed. */
final class HostileText {

    private static final List<String> COMMANDS = List.of("/region ", "/REGION@BriefBot ", "/region@briefbot\n",
            "/who@OtherBot ", "/who", "/ask ", "/Ask@BRIEFBOT", "/rankings ", "/advisor ", "/topics", "/source",
            "/start", "/help@BriefBot", "/", "/@", "/region@", "//", " \t /who ", "/foo ", "@BriefBot ", "@briefbot",
            "/region\u00A0", "/ask\n\n");
    private static final List<String> MARKUP = List.of("<", ">", "&", "\"", "'", "<b>", "</b>", "<i>", "&amp;", "&#",
            "&#x1F600;", "&eacute;", "&lt", "<a href=\"x\">", "</a>", "<script>", "<pre>", "</blockquote>",
            "<tg-spoiler>", "*", "_", "`", "```", "[a](http://x)", "~", "|", "||", "#", "\\", "!", "-", "=", ".");
    private static final List<String> EMOJI = List.of("😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇨🇳", "👍🏽", "🧑‍💻", "❤️",
            "👨‍👩‍👧", "\u200D", "\uFE0F");
    private static final List<String> RIGHT_TO_LEFT = List.of("مرحبا بالعالم", "שלום", "\u202E", "\u202B", "\u200F",
            "\u2067", "\u061C");
    private static final List<String> SPACES = List.of(" ", "\n", "\r\n", "\t", "\u00A0", "\u2028", "\u2029",
            "\u3000", "\u200B", "\uFEFF");
    private static final List<String> WORDS = List.of("Shenzhen", "深圳", "elderly care", "Wu Wenyan", "Beijing",
            "who proposed robots?", "rank 3", "Guangdong", "shenzen", "AI");

    private final Random random;

    HostileText(long seed) {
        this.random = new Random(seed);
    }

    /** A message as a user might send it, or an attacker. */
    String message() {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(3) == 0) {
            text.append(pick(COMMANDS));
        }
        int fragments = random.nextInt(12);
        for (int i = 0; i < fragments; i++) {
            text.append(fragment());
        }
        if (random.nextInt(50) == 0) {
            text.append(longLine());
        }
        return text.toString();
    }

    /** An answer whose every field is hostile text: what a bad seed file or an echoed question could produce. */
    Answer answer() {
        Source source = new Source(message(), message(), LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1));
        List<Answer.Item> items = new ArrayList<>();
        int count = random.nextInt(50) == 0 ? 40 + random.nextInt(40) : random.nextInt(4);
        for (int i = 0; i < count; i++) {
            items.add(new Answer.Item(message(), list(this::message), list(() -> new Answer.Quote(message(), source))));
        }
        return new Answer(message(), items, list(this::message),
                list(() -> new Answer.Suggestion(message(), message())));
    }

    private String fragment() {
        return switch (random.nextInt(9)) {
            case 0 -> pick(MARKUP);
            case 1 -> pick(EMOJI);
            case 2 -> pick(RIGHT_TO_LEFT);
            case 3 -> pick(SPACES);
            case 4 -> pick(WORDS);
            case 5 -> Character.toString(anyCodePoint());
            case 6 -> Character.toString(random.nextInt(0x20) + (random.nextBoolean() ? 0 : 0x7F));
            case 7 -> Character.toString((char) (0xD800 + random.nextInt(0x800)));
            default -> pick(COMMANDS);
        };
    }

    private String longLine() {
        StringBuilder line = new StringBuilder(5000);
        while (line.length() < 5000) {
            line.append(fragment());
        }
        return line.substring(0, 5000);
    }

    /** Any code point of any plane, surrogates aside (they come alone, on purpose, from the fragment list). */
    private int anyCodePoint() {
        int codePoint;
        do {
            codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
        } while (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return codePoint;
    }

    private <T> List<T> list(Supplier<T> element) {
        List<T> list = new ArrayList<>();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
