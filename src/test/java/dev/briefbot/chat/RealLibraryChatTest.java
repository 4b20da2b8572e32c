package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chat over the real library of {@code seeds/} and {@code config/}: replies compared with golden files in
 * {@code src/test/resources/golden/} (after a deliberate change, rewrite them with
 * {@code ./mvnw test -Dgolden.update=true -Dtest=RealLibraryChatTest} and read the diff), and the hostile inputs of
 * {@link HostileInputTest} routed through the real answers.
 */
class RealLibraryChatTest {

    private static ChatRouter router;

    private final PlainTextRenderer plain = new PlainTextRenderer();
    private final TelegramHtmlRenderer html = new TelegramHtmlRenderer();

    @BeforeAll
    static void loadLibrary() {
        Answers answers = Answers.of(new LibraryLoader().load(Path.of("seeds"), Path.of("config")));
        router = new ChatRouter(() -> answers, new ChatSettings("BriefBot"));
    }

    @Test
    void shouldAnswerRegionShenzhenAsRecorded() {
        assertRecorded("/region Shenzhen", "region-shenzhen");
    }

    @Test
    void shouldAnswerRankingsAsRecorded() {
        assertRecorded("/rankings", "rankings");
    }

    @Test
    void shouldAnswerWhoElderlyCareAsRecorded() {
        assertRecorded("/who elderly care", "who-elderly-care");
    }

    @Test
    void shouldAnswerHelpAsRecorded() {
        assertRecorded("/help", "help");
    }

    @Test
    void shouldNameWhatItKnowsInHelp() {
        assertThat(plain.render(reply("/help"))).contains("I know 1 brief: “Lawmakers and political "
                + "advisors brainstorm to seize opportunity for AI growth” (Global Times, 28 January 2024).");
    }

    /** In a private chat, where every message reaches the answers; group routing is covered by HostileInputTest. */
    @Test
    void shouldAnswerAnyMessageThroughTheRealAnswersWithoutFailing() {
        HostileText hostile = new HostileText(HostileInputTest.seed());
        for (int run = 0; run < HostileInputTest.RUNS; run++) {
            ChatRequest request = ChatRequest.privateChat(42L, hostile.message());
            assertThatCode(() -> router.reply(request).ifPresent(this::assertRendersSafely))
                    .as("routing %s", request).doesNotThrowAnyException();
        }
    }

    private void assertRecorded(String command, String name) {
        Answer answer = reply(command);
        GoldenFiles.assertMatches("real-" + name + ".txt", plain.render(answer));
        List<String> messages = html.render(answer);
        messages.forEach(message -> assertThat(TelegramHtml.problem(message)).as(message).isNull());
        GoldenFiles.assertMatches("real-" + name + ".html", messages);
    }

    private void assertRendersSafely(Answer answer) {
        plain.render(answer);
        for (String message : html.render(answer)) {
            assertThat(TelegramHtml.problem(message)).as("Telegram's verdict on %s", message).isNull();
        }
    }

    private static Answer reply(String text) {
        return router.reply(ChatRequest.privateChat(42L, text)).orElseThrow();
    }
}
