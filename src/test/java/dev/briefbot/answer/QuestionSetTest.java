package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Accuracy of the answers over the real library, measured with the questions of {@code questions.yaml}: each reply
 * must name what the article says and nothing it forbids; questions the article does not answer must name none of
 * its people. Prints a report of every failure so the answer engineers can see what to fix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionSetTest {

    /** Everyone the article names: a reply to a question it does not answer must name none of them. */
    private static final List<String> PEOPLE = List.of("Wu Wenyan", "Xia Jun", "Jiang Biyan", "Xu Li",
            "Guo Zhendong", "Shen Teng", "Tian Jiajun", "Zhou Hongyi", "Liu Gang");

    private static final double REQUIRED_ACCURACY = 0.95;

    record Question(String ask, List<String> expect, List<String> forbid, String why) {

        Question {
            expect = expect == null ? List.of() : List.copyOf(expect);
            forbid = forbid == null ? List.of() : List.copyOf(forbid);
        }
    }

    record QuestionSet(List<Question> answerable, List<Question> unanswerable) {
    }

    /** What one question got: the reply's headline (or the error it threw) and what was missing or unwanted. */
    record Outcome(Question question, String headline, List<String> missing, List<String> unwanted, String error) {

        boolean passed() {
            return error == null && missing.isEmpty() && unwanted.isEmpty();
        }
    }

    private QuestionSet questions;
    private List<Outcome> answerable;
    private List<Outcome> unanswerable;

    @BeforeAll
    void readTheQuestionSet() throws IOException {
        questions = readQuestions();
    }

    /** Asks every question once, on the first test that needs the replies, and prints the report. */
    private void askEveryQuestion() {
        if (answerable != null) {
            return;
        }
        Answers answers = Answers.of(loadLibrary());
        answerable = questions.answerable().stream()
                .map(question -> check(question, answers, question.forbid()))
                .toList();
        unanswerable = questions.unanswerable().stream()
                .map(question -> check(question, answers, PEOPLE))
                .toList();
        System.out.println(report());
    }

    @Test
    void shouldKeepAtLeast80AnswerableAnd15UnanswerableQuestions() {
        assertThat(questions.answerable()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(questions.unanswerable()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void shouldCheckNamesAsWholeWordsIgnoringCaseAndLineBreaks() {
        Answer reply = new Answer("Shanghai ranks 3rd", List.of(new Answer.Item("XU LI — CEO of SenseTime",
                List.of("Region: Shanghai"), List.of())), List.of("released 2023"), List.of());

        assertThat(mentions(flatten(reply), "Xu Li")).isTrue();
        assertThat(mentions(flatten(reply), "3|3rd|third")).isTrue();
        assertThat(mentions("Xu Lin said", "Xu Li")).isFalse();
        assertThat(mentions(flatten(reply), "2|second")).isFalse();
        assertThat(mentions("Wu\u00A0\nWenyan".replaceAll("[\\s\\u00A0]+", " "), "Wu Wenyan")).isTrue();
    }

    @Test
    void shouldAnswerAtLeast95PercentOfAnswerableQuestionsWithThePeopleAndRegionsOfTheArticle() {
        askEveryQuestion();
        assertThat(accuracy())
                .as("answerable accuracy (failures listed in the report on stdout):%n%s", failures(answerable))
                .isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    @Test
    void shouldNameNoneOfTheArticlesPeopleForQuestionsTheArticleDoesNotAnswer() {
        askEveryQuestion();
        assertThat(unanswerable.stream().filter(outcome -> !outcome.passed()).toList())
                .as("unanswerable questions whose reply names someone from the article:%n%s", failures(unanswerable))
                .isEmpty();
    }

    // --- asking -------------------------------------------------------------------------------------------

    /** A line starting with "/" goes to the command's method; anything else is a free-text question. */
    private static Answer ask(Answers answers, String text) {
        if (!text.startsWith("/")) {
            return answers.question(text);
        }
        String[] parts = text.substring(1).split("\\s+", 2);
        String command = parts[0].toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 ? parts[1].trim() : "";
        return switch (command) {
            case "region" -> argument.isEmpty() ? answers.regions() : answers.region(argument);
            case "who" -> answers.who(argument);
            case "advisor" -> answers.advisor(argument);
            case "rankings" -> answers.rankings(argument);
            case "topics" -> answers.topics();
            case "source" -> answers.source();
            case "ask" -> answers.question(argument);
            default -> throw new IllegalArgumentException("questions.yaml uses an unknown command: " + text);
        };
    }

    // --- checking -----------------------------------------------------------------------------------------

    /** One question that throws counts as failed, and the others are still asked. */
    private static Outcome check(Question question, Answers answers, List<String> forbidden) {
        Answer answer;
        try {
            answer = ask(answers, question.ask());
        } catch (RuntimeException e) {
            return new Outcome(question, "", question.expect(), List.of(), e.toString());
        }
        String reply = flatten(answer);
        List<String> missing = question.expect().stream().filter(name -> !mentions(reply, name)).toList();
        List<String> unwanted = forbidden.stream().filter(name -> mentions(reply, name)).toList();
        return new Outcome(question, answer.headline(), missing, unwanted, null);
    }

    /** Everything a user reads: headline, item titles, lines and quotes, notes and suggestion labels. */
    static String flatten(Answer answer) {
        List<String> parts = new ArrayList<>();
        parts.add(answer.headline());
        answer.items().forEach(item -> {
            parts.add(item.title());
            parts.addAll(item.lines());
            if (item.tag() != null) {
                parts.add(item.tag());
            }
            item.points().forEach(point -> {
                parts.add(point.text());
                point.quotes().forEach(quote -> parts.add(quote.text()));
            });
        });
        parts.addAll(answer.notes());
        answer.suggestions().forEach(suggestion -> parts.add(suggestion.label()));
        // the seed contains non-breaking spaces: a name split by one is still the name
        return String.join("\n", parts).replaceAll("[\\s\\u00A0]+", " ");
    }

    /** Case-insensitive, as a whole word ("Xu Li" is not in "Xu Lin", "7" is not in "2017"); "a|b" is a or b. */
    static boolean mentions(String reply, String name) {
        return Arrays.stream(name.split("\\|"))
                .map(String::trim)
                .anyMatch(alternative -> Pattern.compile(
                                "(?<![\\p{L}\\p{N}])" + Pattern.quote(alternative) + "(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(reply).find());
    }

    private double accuracy() {
        return (double) passed(answerable) / answerable.size();
    }

    private static long passed(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::passed).count();
    }

    // --- report ---------------------------------------------------------------------------------------------

    private String report() {
        StringBuilder report = new StringBuilder("\n=== Question set report ===\n");
        report.append(String.format(Locale.ROOT, "Answerable: %d/%d passed (%.1f%%), required %.0f%%%n",
                passed(answerable), answerable.size(), 100 * accuracy(), 100 * REQUIRED_ACCURACY));
        report.append(failures(answerable));
        report.append(String.format(Locale.ROOT, "Unanswerable: %d/%d named none of the article's people (and did not throw)%n",
                passed(unanswerable), unanswerable.size()));
        report.append(failures(unanswerable));
        return report.toString();
    }

    private static String failures(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        outcomes.stream().filter(outcome -> !outcome.passed()).forEach(outcome -> {
            text.append("  FAIL ").append(outcome.question().ask()).append('\n');
            if (!outcome.missing().isEmpty()) {
                text.append("       expected ").append(outcome.question().expect())
                        .append(", missing ").append(outcome.missing()).append('\n');
            }
            if (outcome.question().why() != null) {
                text.append("       because ").append(outcome.question().why()).append('\n');
            }
            if (!outcome.unwanted().isEmpty()) {
                text.append("       must not name ").append(outcome.unwanted()).append('\n');
            }
            if (outcome.error() != null) {
                text.append("       threw ").append(outcome.error()).append('\n');
            } else {
                text.append("       got headline: ").append(outcome.headline()).append('\n');
            }
        });
        return text.toString();
    }

    // --- loading --------------------------------------------------------------------------------------------

    private static QuestionSet readQuestions() throws IOException {
        // unknown keys fail: a misspelt "expect" must not silently drop what a question checks
        YAMLMapper yaml = new YAMLMapper();
        try (InputStream in = QuestionSetTest.class.getResourceAsStream("/questions.yaml")) {
            assertThat(in).as("src/test/resources/questions.yaml").isNotNull();
            return yaml.readValue(in, QuestionSet.class);
        }
    }

    /** The real library of seeds/ and config/, as the service loads it. */
    private static Library loadLibrary() {
        return new LibraryLoader().load(Path.of("seeds"), Path.of("config"));
    }
}
