package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The questions of {@code questions/intents.yaml}, written from the articles alone by someone who never saw a reply:
 * brief facts, roles, counts, filtered lists, comparisons, yes/no, broad topics, clusters, follow-ups, several
 * briefs, and questions the briefs cannot answer. Scores are printed per class, the held-out fifth apart; only the
 * tuning part's failures are printed, so nobody tunes on the held-out ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntentQuestionSetTest {

    /** On the questions we tune on: each class must be answered this well. */
    private static final double REQUIRED = 0.90;
    /** On the held-out fifth, which we never tune on: a floor, so a collapse is caught. */
    private static final double REQUIRED_HELD_OUT = 0.75;

    record Entry(String ask, @JsonProperty("class") String kind, String library, List<String> before,
                 List<String> expect, List<String> forbid, String starts,
                 @JsonProperty("names-nobody") boolean namesNobody, boolean heldout, String why) {

        Entry {
            before = before == null ? List.of() : before;
            expect = expect == null ? List.of() : expect;
            forbid = forbid == null ? List.of() : forbid;
        }
    }

    record Outcome(Entry entry, String headline, List<String> problems) {

        boolean passed() {
            return problems.isEmpty();
        }
    }

    private final Map<String, Answers> libraries = new LinkedHashMap<>();
    private List<Outcome> outcomes;

    @BeforeAll
    void askEveryQuestion() throws IOException {
        libraries.put("global-times", Answers.of(load("global-times/seeds")));
        libraries.put("two-briefs", Answers.of(load("briefs/two-briefs/seeds")));
        outcomes = read().stream().map(this::check).toList();
        System.out.println(report());
    }

    @Test
    void shouldHoldAtLeast150QuestionsWithTenPerClassAndFiftyUnanswerable() {
        Map<String, Long> perClass = new TreeMap<>();
        outcomes.forEach(outcome -> perClass.merge(outcome.entry().kind(), 1L, Long::sum));
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(150);
        assertThat(perClass.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        assertThat(perClass.get("unanswerable")).isGreaterThanOrEqualTo(50);
    }

    @Test
    void shouldNameNobodyForAnyQuestionTheBriefsDoNotAnswer() {
        assertThat(outcomes.stream().filter(outcome -> outcome.entry().kind().equals("unanswerable"))
                .filter(outcome -> !outcome.passed())
                .map(outcome -> (outcome.entry().heldout() ? "[held out] " : "") + outcome.entry().ask()
                        + " → " + outcome.headline()))
                .isEmpty();
    }

    @Test
    void shouldAnswerEachClassOfTheTuningPart() {
        Map<String, double[]> scores = scores(false);
        scores.forEach((kind, score) -> assertThat(score[0] / score[1]).as("%s (tuning part)", kind)
                .isGreaterThanOrEqualTo(REQUIRED));
    }

    @Test
    void shouldKeepTheHeldOutPartAboveItsFloor() {
        Map<String, double[]> scores = scores(true);
        double passed = scores.values().stream().mapToDouble(score -> score[0]).sum();
        double asked = scores.values().stream().mapToDouble(score -> score[1]).sum();
        assertThat(passed / asked).as("held-out part, all classes").isGreaterThanOrEqualTo(REQUIRED_HELD_OUT);
    }

    private Outcome check(Entry entry) {
        Answers answers = libraries.get(entry.library() == null ? "global-times" : entry.library());
        Answer answer;
        try {
            Optional<Subject> context = Optional.empty();
            for (String before : entry.before()) {
                context = Asking.ask(answers, before, context).followUp().or(() -> Optional.empty());
            }
            answer = Asking.ask(answers, entry.ask(), context);
        } catch (RuntimeException e) {
            return new Outcome(entry, "", List.of("threw " + e));
        }
        String reply = QuestionSetTest.flatten(answer);
        List<String> problems = new ArrayList<>();
        entry.expect().stream().filter(name -> !QuestionSetTest.mentions(reply, name))
                .forEach(name -> problems.add("missing " + name));
        entry.forbid().stream().filter(name -> QuestionSetTest.mentions(reply, name))
                .forEach(name -> problems.add("must not name " + name));
        if (entry.starts() != null && !answer.headline().toLowerCase(Locale.ROOT)
                .startsWith(entry.starts().toLowerCase(Locale.ROOT))) {
            problems.add("must start with " + entry.starts());
        }
        if (entry.namesNobody()) {
            people(answers.library()).stream().filter(name -> QuestionSetTest.mentions(reply, name))
                    .forEach(name -> problems.add("names " + name));
        }
        return new Outcome(entry, answer.headline(), problems);
    }

    /** Passed and asked, per class, of one part. */
    private Map<String, double[]> scores(boolean heldOut) {
        Map<String, double[]> scores = new TreeMap<>();
        outcomes.stream().filter(outcome -> outcome.entry().heldout() == heldOut).forEach(outcome -> {
            double[] score = scores.computeIfAbsent(outcome.entry().kind(), kind -> new double[2]);
            score[0] += outcome.passed() ? 1 : 0;
            score[1]++;
        });
        return scores;
    }

    private String report() {
        StringBuilder report = new StringBuilder("\n=== Intent question set (questions/intents.yaml) ===\n");
        Map<String, double[]> tuning = scores(false);
        Map<String, double[]> heldOut = scores(true);
        report.append(String.format(Locale.ROOT, "%-16s %12s %12s%n", "class", "tuning", "held out"));
        tuning.forEach((kind, score) -> {
            double[] held = heldOut.getOrDefault(kind, new double[2]);
            report.append(String.format(Locale.ROOT, "%-16s %5.0f/%-3.0f %3.0f%% %5.0f/%-3.0f %3.0f%%%n", kind,
                    score[0], score[1], 100 * score[0] / score[1], held[0], held[1],
                    held[1] == 0 ? 0 : 100 * held[0] / held[1]));
        });
        outcomes.stream().filter(outcome -> !outcome.passed() && !outcome.entry().heldout()).forEach(outcome ->
                report.append("  FAIL [").append(outcome.entry().kind()).append("] ").append(outcome.entry().ask())
                        .append("\n       ").append(outcome.problems()).append("\n       got: ")
                        .append(outcome.headline()).append('\n'));
        return report.toString();
    }

    private static List<String> people(Library library) {
        return library.briefs().stream().flatMap(brief -> brief.people().stream()).map(person -> person.name())
                .distinct().toList();
    }

    private static List<Entry> read() throws IOException {
        try (InputStream in = IntentQuestionSetTest.class.getResourceAsStream("/questions/intents.yaml")) {
            assertThat(in).as("src/test/resources/questions/intents.yaml").isNotNull();
            return new YAMLMapper().readValue(in, new TypeReference<List<Entry>>() { });
        }
    }

    private static Library load(String seeds) {
        return new LibraryLoader().load(Path.of("src/test/resources", seeds), Path.of("config"));
    }
}
