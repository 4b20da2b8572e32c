package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.Brief;
import dev.briefbot.brief.Gazetteer;
import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random and hostile messages and answers through parsing, routing and both renderers: nothing throws,
 * every Telegram message is valid HTML within the limit. The seed is printed; replay a failure with
 * {@code -Dchat.seed=N}, or explore new inputs with {@code -Dchat.seed=random}. Here {@link Answers} echoes its
 * arguments into answers, so user text reaches the renderers; {@code RealLibraryChatTest} does the same with the real
 * library.
 */
class HostileInputTest {

    static final int RUNS = 10_000;

    private final PlainTextRenderer plain = new PlainTextRenderer();
    private final TelegramHtmlRenderer html = new TelegramHtmlRenderer();

    @Test
    void shouldParseAnyMessageWithoutFailing() {
        HostileText hostile = new HostileText(seed());
        for (int run = 0; run < RUNS; run++) {
            String message = hostile.message();
            assertThatCode(() -> CommandLine.parse(message)).as("parsing %s", message).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldRenderAnyAnswerAsValidTelegramHtmlWithinTheLimit() {
        HostileText hostile = new HostileText(seed());
        for (int run = 0; run < RUNS; run++) {
            assertRendersSafely(hostile.answer());
        }
    }

    @Test
    void shouldRouteAnyMessageInAnyChatWithoutFailing() {
        Answers echoing = echoingAnswers();
        ChatRouter router = new ChatRouter(() -> echoing, new ChatSettings("BriefBot"));
        HostileText hostile = new HostileText(seed());
        for (int run = 0; run < RUNS; run++) {
            routeEverywhere(router, hostile.message(), this::assertRendersSafely);
        }
    }

    /** The message in a private chat, and in a group both addressed to the bot and not, each reply rendered. */
    static void routeEverywhere(ChatRouter router, String message, Consumer<Answer> check) {
        for (ChatRequest request : List.of(ChatRequest.privateChat(42L, message),
                new ChatRequest(-1_001_234_567_890L, ChatType.SUPERGROUP, 42L, message, true),
                new ChatRequest(-1_001_234_567_890L, ChatType.GROUP, 42L, message, false))) {
            assertThatCode(() -> router.reply(request).ifPresent(check))
                    .as("routing %s", request).doesNotThrowAnyException();
        }
    }

    void assertRendersSafely(Answer answer) {
        assertThatCode(() -> plain.render(answer)).as("plain text of %s", answer).doesNotThrowAnyException();
        List<String> messages = html.render(answer);
        assertThat(messages).isNotEmpty();
        for (String message : messages) {
            assertThat(TelegramHtml.problem(message)).as("Telegram's verdict on %s", message).isNull();
        }
    }

    static long seed() {
        String property = System.getProperty("chat.seed", "20240128");
        long seed = property.equals("random") ? System.nanoTime() : Long.parseLong(property);
        System.out.println("HostileInputTest seed: " + seed + " (replay with -Dchat.seed=" + seed + ")");
        return seed;
    }

    /** Answers whose every method returns an answer made of its arguments: the worst text a reply can carry. */
    private static Answers echoingAnswers() {
        Library library = new Library(List.of(new Brief("b", "Title <&>", "", "Publisher", "", LocalDateTime.now(),
                List.of(), List.of(), List.of(), List.of(), "")), new Gazetteer(List.of()), "");
        return mock(Answers.class, invocation -> invocation.getMethod().getName().equals("library")
                ? library
                : echo(invocation.getMethod().getName(), Arrays.toString(invocation.getArguments())));
    }

    private static Answer echo(String method, String arguments) {
        return new Answer(method + " " + arguments,
                List.of(new Answer.Item(arguments, List.of(arguments),
                        List.of(new Answer.Quote(arguments, SampleAnswers.GLOBAL_TIMES)))),
                List.of(arguments), List.of(new Answer.Suggestion(arguments, "/who " + arguments)));
    }
}
