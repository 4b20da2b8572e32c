package dev.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.brief.LibraryLoader;

/**
 * One golden reply for each kind of answer, in both renderers (plain text for the console, HTML for Telegram), over
 * the Global Times brief alone and over a library of two briefs (the Global Times piece and a China Daily one), so
 * that per-item source tags, merged source lines and newest-first order are recorded too. Files live in
 * {@code src/test/resources/golden/kinds/}; after a deliberate change rewrite them with
 * {@code ./mvnw test -Dgolden.update=true -Dtest=AnswerKindsGoldenTest} and read the diff as a user would.
 * A question after {@code " >> "} is asked next in the same private chat: a follow-up.
 */
class AnswerKindsGoldenTest {

    private static final Map<String, ChatRouter> LIBRARIES = Map.of(
            "one", router("src/test/resources/global-times/seeds"),
            "two", router("src/test/resources/briefs/two-briefs/seeds"));

    private final PlainTextRenderer plain = new PlainTextRenderer();
    private final TelegramHtmlRenderer html = new TelegramHtmlRenderer();

    static Stream<Arguments> kinds() {
        List<String[]> one = List.of(
                new String[] {"region", "/region Shenzhen"},
                new String[] {"region-cluster", "/region Yangtze River Delta"},
                new String[] {"region-without-proposals", "/region Tibet"},
                new String[] {"region-typo", "/region Shenzen"},
                new String[] {"region-did-you-mean", "/region Hunnan"},
                new String[] {"who", "who proposed AI robots for elderly care?"},
                new String[] {"who-broad", "/who AI"},
                new String[] {"who-nothing", "who proposed blockchain for fisheries?"},
                new String[] {"not-mentioned", "what did Baidu propose?"},
                new String[] {"advisor", "/advisor Jiang Biyan"},
                new String[] {"advisors", "/advisor"},
                new String[] {"role-yes-no", "is Xu Li a member of the national CPPCC or a local one?"},
                new String[] {"filtered-list", "who among them are academics?"},
                new String[] {"count", "count the proposals for Shenzhen"},
                new String[] {"rankings", "/rankings"},
                new String[] {"rankings-leader", "/rankings 1"},
                new String[] {"rankings-bad-number", "/rankings 1.5"},
                new String[] {"comparison", "Jiangsu vs Zhejiang, who is ahead?"},
                new String[] {"neighbour", "what is ranked one place below Shandong?"},
                new String[] {"yes-no-top", "does Liaoning make the top eight?"},
                new String[] {"yes-no-topic", "was education discussed?"},
                new String[] {"brief-time", "at what hour did it go online?"},
                new String[] {"brief-timezone", "which time zone is the publication time in?"},
                new String[] {"summary", "/summary"},
                new String[] {"topics", "/topics"},
                new String[] {"source", "/source"},
                new String[] {"chinese", "谁提到了机器人？"},
                new String[] {"follow-up-else", "/advisor Jiang Biyan >> what else did she propose?"},
                new String[] {"follow-up-region", "/region Shenzhen >> and Shanghai?"});
        List<String[]> two = List.of(
                new String[] {"region", "/region Shanghai"},
                new String[] {"who", "who talked about large models?"},
                new String[] {"source", "/source"},
                new String[] {"summary", "/summary"},
                new String[] {"newest", "summarise the newest brief"},
                new String[] {"year", "what did Shanghai advisors say in 2024?"},
                new String[] {"which-brief", "which brief mentions medicine?"},
                new String[] {"rankings", "/rankings"});
        return Stream.concat(
                one.stream().map(kind -> Arguments.of("one", kind[0], kind[1])),
                two.stream().map(kind -> Arguments.of("two", kind[0], kind[1])));
    }

    @ParameterizedTest(name = "{0}-{1}: {2}")
    @MethodSource("kinds")
    void shouldAnswerEachKindAsRecorded(String library, String kind, String asked) {
        ChatRouter router = LIBRARIES.get(library);
        // every case its own chat, so that only its own follow-up has a context
        long chat = Math.abs((library + kind).hashCode()) + 1L;
        Answer answer = null;
        for (String message : asked.split(" >> ")) {
            answer = router.reply(ChatRequest.privateChat(chat, message)).orElseThrow();
        }
        String name = "kinds/" + library + "-" + kind;
        GoldenFiles.assertMatches(name + ".txt", "> " + asked + "\n\n" + plain.render(answer));
        List<String> messages = html.render(answer);
        messages.forEach(message -> assertThat(TelegramHtml.problem(message)).as(message).isNull());
        GoldenFiles.assertMatches(name + ".html", messages);
    }

    private static ChatRouter router(String seeds) {
        Answers answers = Answers.of(new LibraryLoader().load(Path.of(seeds), Path.of("config")));
        return new ChatRouter(() -> answers, new ChatSettings("BriefBot"));
    }
}
