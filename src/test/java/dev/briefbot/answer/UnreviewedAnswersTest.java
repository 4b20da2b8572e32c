package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;

/**
 * A text dropped into seeds/ without its facts answers at once, by its sentences as printed, and attributes nothing;
 * a brief that fails its checks is listed by /source, with its reason for whoever runs the bot.
 */
class UnreviewedAnswersTest {

    private static final Path GLOBAL_TIMES = Path.of("src/test/resources/global-times/seeds");
    private static final Path XINHUA = Path.of("src/test/resources/draft/held-out/2025-01-20-xinhua-hangzhou-ai-sessions.txt");
    private static final String GT = "2024-01-28-global-times-ai-growth";

    @TempDir
    static Path folder;

    private static Answers answers;
    private static Answers onlyUnreviewed;
    private static String xinhua;

    @BeforeAll
    static void libraries() throws IOException {
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        Files.copy(GLOBAL_TIMES.resolve(GT + ".txt"), seeds.resolve(GT + ".txt"));
        Files.copy(GLOBAL_TIMES.resolve(GT + ".yaml"), seeds.resolve(GT + ".yaml"));
        Files.copy(XINHUA, seeds.resolve(XINHUA.getFileName()));
        // a second copy of the brief whose YAML quotes a sentence its text does not hold: set aside
        String broken = Files.readString(GLOBAL_TIMES.resolve(GT + ".yaml"))
                .replaceFirst("(?m)^(\\s+summary: ).*$", "$1Broken on purpose.")
                .replace("Wu Wenyan, a member", "Wu Wenyan, a writer");
        Files.copy(GLOBAL_TIMES.resolve(GT + ".txt"), seeds.resolve("2024-01-29-broken.txt"));
        Files.writeString(seeds.resolve("2024-01-29-broken.yaml"), broken.replace(GT, "2024-01-29-broken"));
        Library library = new LibraryLoader().load(seeds, Path.of("config"));
        assertThat(library.unreviewed()).hasSize(1);
        assertThat(library.setAside()).hasSize(1);
        answers = Answers.of(library);
        xinhua = Files.readString(XINHUA);

        Path alone = Files.createDirectories(folder.resolve("alone"));
        Files.copy(XINHUA, alone.resolve(XINHUA.getFileName()));
        onlyUnreviewed = Answers.of(new LibraryLoader().load(alone, Path.of("config")));
    }

    @Test
    void shouldQuoteTheUnreviewedTextVerbatimWhenOnlyItAnswersAndSaySo() {
        Answer answer = answers.question("who talked about AI tutors for mountain schools?");

        assertThat(answer.headline()).contains("not yet reviewed");
        assertThat(answer.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.title()).startsWith("From the text of “Hangzhou lawmakers").endsWith("not yet reviewed");
            assertThat(item.quotes()).isNotEmpty()
                    .allSatisfy(quote -> assertThat(xinhua).contains(quote.text()));
        });
        assertThat(quotes(answer)).anySatisfy(text -> assertThat(text).containsIgnoringCase("mountain"));
        // nothing is attributed: no one is offered, and the brief's own people are not named
        assertThat(answer.suggestions()).noneMatch(suggestion -> suggestion.command().startsWith("/advisor"));
        assertThat(answer.headline()).doesNotContain(ProjectLibrary.PEOPLE);
    }

    @Test
    void shouldAddTheUnreviewedSentencesAfterTheReviewedAnswer() {
        Answer answer = answers.question("who wants robots in care homes?");

        assertThat(answer.items()).last().satisfies(item -> assertThat(item.title()).contains("not yet reviewed"));
        assertThat(answer.items()).anySatisfy(item -> assertThat(item.title()).doesNotContain("not yet reviewed"));
    }

    @Test
    void shouldQuoteTheUnreviewedTextForARegionItNames() {
        Answer answer = answers.region("Hangzhou");

        assertThat(answer.items()).anySatisfy(item -> {
            assertThat(item.title()).contains("not yet reviewed");
            assertThat(item.quotes()).allSatisfy(quote -> assertThat(quote.text()).contains("Hangzhou"));
        });
    }

    @Test
    void shouldNotQuoteTheUnreviewedTextForWhatItDoesNotSay() {
        assertThat(answers.question("who proposed blockchain for fisheries?").items())
                .noneMatch(item -> item.title().contains("not yet reviewed"));
        // the domain's own words alone reach every sentence: none is quoted for them
        assertThat(answers.who("AI").items()).noneMatch(item -> item.title().contains("not yet reviewed"));
    }

    @Test
    void shouldListBriefsThenUnreviewedTextsThenSetAsideWithReasonsOnlyForOperators() {
        Answer operator = answers.source(true);

        assertThat(operator.headline()).isEqualTo("1 brief loaded, 1 text not yet reviewed, 1 set aside");
        assertThat(operator.items()).extracting(Answer.Item::title).containsExactly(
                "Lawmakers and political advisors brainstorm to seize opportunity for AI growth",
                "Hangzhou lawmakers, political advisors look to put AI to work in city life",
                "Set aside: 2024-01-29-broken");
        assertThat(operator.items().get(2).lines()).singleElement().asString().contains("2024-01-29-broken");

        Answer anyone = answers.source(false);
        assertThat(anyone.items()).hasSize(2);
        assertThat(anyone.notes()).containsExactly("1 brief is set aside until the operators fix its facts.");
    }

    @Test
    void shouldAnswerEveryCommandWithOnlyAnUnreviewedText() {
        for (String asked : List.of("/region", "/region Hangzhou", "/who robots", "/advisor", "/advisor Qian",
                "/rankings", "/rankings 3", "/topics", "/summary", "/source", "who proposed care robots?",
                "how many proposals are there?", "what is this about?")) {
            Answer answer = Asking.ask(onlyUnreviewed, asked, Optional.empty());
            assertThat(answer.headline()).as(asked).isNotBlank();
        }
        assertThat(quotes(onlyUnreviewed.who("care robots")))
                .isNotEmpty().allSatisfy(quote -> assertThat(xinhua).contains(quote));
    }

    private static List<String> quotes(Answer answer) {
        return answer.items().stream().flatMap(item -> item.quotes().stream()).map(Answer.Quote::text).toList();
    }
}
