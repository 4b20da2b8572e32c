package dev.briefbot.answer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.briefbot.answer.Facts;
import dev.briefbot.answer.ProposalFact;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search measured on its labelled development set ({@code questions/search-dev.yaml}, written by someone who
 * never saw the code): paraphrases, typos and Chinese questions the seed brief answers, and questions it does not
 * answer that tempt a wrong name. The thresholds of {@link Calibration} were chosen on the entries with
 * {@code heldout: false} only; the held-out fifth is reported apart and never tuned on.
 *
 * <p>A question counts as found when the search answers it, names every expected person and none of the forbidden,
 * and shows at least one of the expected proposals. An unanswerable question passes only when the search names no
 * one (it does not answer, or answers with context entries only).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchDevSetTest {

    /**
     * The floor on the tuning part. The goal is 90%; with all-MiniLM-L6-v2 the calibration that names nobody
     * for any unanswerable question finds about 75%, 134/178 on 2026-12-04 (docs/search.md: paraphrases that share no
     * word with the brief and score below the tempting unanswerable questions are what is missed). The floor sits a
     * few questions under that, so a change that loses answers fails here; raise it as the search improves, never
     * lower it to pass.
     */
    static final double TUNING_FLOOR = 0.73;
    /**
     * The held-out part (43 answerable questions) was never tuned on: one question is 2.3 points, and it scored 31/43
     * (72%) on 2026-12-04. Its floor is looser than the tuning part's by about three questions, the noise of a part
     * that small.
     */
    static final double HELD_OUT_FLOOR = 0.65;

    record Question(String ask, @JsonProperty("class") String kind, String library, List<String> expect,
                    List<String> forbid, String proposal, List<String> proposals,
                    @JsonProperty("names-nobody") Boolean namesNobody, boolean heldout, String why) {

        boolean answerable() {
            return !"unanswerable".equals(kind);
        }

        Set<String> expectedProposals() {
            List<String> ids = new ArrayList<>();
            if (proposal != null) {
                ids.add(proposal);
            }
            if (proposals != null) {
                ids.addAll(proposals);
            }
            return Set.copyOf(ids);
        }
    }

    record Outcome(Question question, boolean passed, boolean answered, String detail) {
    }

    private Search search;
    private List<Question> questions;
    private List<Outcome> outcomes;

    @BeforeAll
    void askEveryQuestion() throws IOException {
        Library library = new LibraryLoader().load(Path.of("seeds"), Path.of("config"));
        search = new Search(new Facts(library)).ready();
        try (InputStream in = getClass().getResourceAsStream("/questions/search-dev.yaml")) {
            assertThat(in).as("src/test/resources/questions/search-dev.yaml").isNotNull();
            questions = new YAMLMapper().readValue(in, new TypeReference<List<Question>>() { });
        }
        outcomes = questions.stream().map(this::check).toList();
        System.out.println(report());
    }

    @Test
    void shouldHoldEnoughQuestionsOfEachClass() {
        assertThat(questions.stream().filter(Question::answerable).count()).isGreaterThanOrEqualTo(200);
        assertThat(questions.stream().filter(question -> !question.answerable()).count()).isGreaterThanOrEqualTo(70);
        assertThat(questions.stream().filter(Question::heldout).count()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void shouldNameNobodyForAnyUnanswerableQuestion() {
        assertThat(outcomes.stream().filter(outcome -> !outcome.question().answerable() && !outcome.passed())
                .map(outcome -> outcome.question().ask() + " → " + outcome.detail()))
                .as("unanswerable questions that got a name")
                .isEmpty();
    }

    @Test
    void shouldFindTheAnswerableTuningQuestionsAboveTheFloor() {
        assertThat(share(false)).as("answerable questions found, tuning part").isGreaterThanOrEqualTo(TUNING_FLOOR);
    }

    @Test
    void shouldFindTheAnswerableHeldOutQuestionsAboveTheFloor() {
        assertThat(share(true)).as("answerable questions found, held-out part").isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
    }

    private double share(boolean heldout) {
        List<Outcome> part = outcomes.stream()
                .filter(outcome -> outcome.question().answerable() && outcome.question().heldout() == heldout)
                .toList();
        return (double) part.stream().filter(Outcome::passed).count() / part.size();
    }

    private Outcome check(Question question) {
        String english = search.glossary().english(question.ask());
        return check(question, english, search.search(english));
    }

    private static Outcome check(Question question, String english, SearchResult result) {
        List<String> names = result.matches().stream().flatMap(match -> match.person().stream())
                .map(person -> person.name()).distinct().toList();
        Set<String> shown = result.matches().stream()
                .flatMap(match -> match instanceof Match.Proposal proposal ? java.util.stream.Stream.of(
                        proposal.fact().proposal().id()) : java.util.stream.Stream.empty())
                .collect(Collectors.toSet());
        String detail = (result.answers() ? "answers" : "abstains") + (result.broad() ? " (broad)" : "") + " "
                + names + " " + shown + (result.unknownTerms().isEmpty() ? "" : " unknown " + result.unknownTerms())
                + " ← \"" + english + "\"";
        if (!question.answerable()) {
            return new Outcome(question, names.isEmpty(), !names.isEmpty(), detail);
        }
        List<String> expect = question.expect() == null ? List.of() : question.expect();
        List<String> forbid = question.forbid() == null ? List.of() : question.forbid();
        boolean passed = result.answers() && names.containsAll(expect) && forbid.stream().noneMatch(names::contains)
                && (question.expectedProposals().isEmpty()
                || question.expectedProposals().stream().anyMatch(shown::contains));
        return new Outcome(question, passed, result.answers() && !names.isEmpty(), detail);
    }

    private String report() {
        StringBuilder report = new StringBuilder("\n=== Search development set ===\n");
        for (boolean heldout : List.of(false, true)) {
            report.append(heldout ? "held-out part (never tuned on):\n" : "tuning part:\n");
            Map<String, List<Outcome>> byClass = new LinkedHashMap<>();
            outcomes.stream().filter(outcome -> outcome.question().heldout() == heldout)
                    .forEach(outcome -> byClass.computeIfAbsent(outcome.question().kind(), kind -> new ArrayList<>())
                            .add(outcome));
            List<Outcome> answerable = outcomes.stream()
                    .filter(outcome -> outcome.question().heldout() == heldout && outcome.question().answerable())
                    .toList();
            report.append(String.format(Locale.ROOT, "  %-13s %3d/%3d %5.1f%%%n", "answerable",
                    answerable.stream().filter(Outcome::passed).count(), answerable.size(),
                    100.0 * answerable.stream().filter(Outcome::passed).count() / answerable.size()));
            long named = outcomes.stream().filter(outcome -> outcome.question().heldout() == heldout
                    && outcome.answered()).count();
            long right = answerable.stream().filter(Outcome::passed).count();
            report.append(String.format(Locale.ROOT, "  precision     %3d/%3d %5.1f%% of the questions that got a name got "
                    + "the right ones%n", right, named, named == 0 ? 100.0 : 100.0 * right / named));
            byClass.forEach((kind, list) -> report.append(String.format(Locale.ROOT, "  %-13s %3d/%3d %5.1f%%%n",
                    kind, list.stream().filter(Outcome::passed).count(), list.size(),
                    100.0 * list.stream().filter(Outcome::passed).count() / list.size())));
        }
        report.append("failures:\n");
        outcomes.stream().filter(outcome -> !outcome.passed()).forEach(outcome -> report.append("  ")
                .append(outcome.question().heldout() ? "[held-out] " : "").append(outcome.question().kind())
                .append(": ").append(outcome.question().ask()).append(" expected ")
                .append(outcome.question().expect()).append(" got ").append(outcome.detail()).append('\n'));
        return report.toString();
    }

    /**
     * The figures the thresholds were chosen from, for the tuning part only (the held-out part is never looked at):
     * {@code -Dsearch.features=true} prints, per question, the closest entry's cosine, the best cosine of an entry
     * BM25 matches, and the best cosine of an expected entry.
     */
    @Test
    void printTheTuningFeaturesWhenAsked() {
        if (!Boolean.getBoolean("search.features")) {
            return;
        }
        StringBuilder out = new StringBuilder("\n=== features (tuning part) ===\n");
        List<Question> tuning = questions.stream().filter(question -> !question.heldout()).toList();
        List<Search.Reading> readings = tuning.stream()
                .map(question -> search.read(search.glossary().english(question.ask()))).toList();
        List<String> grid = new ArrayList<>();
        for (double meaning = 0.30; meaning <= 0.701; meaning += 0.025) {
            for (double support = -0.05; support <= meaning; support += 0.05) {
                for (double cover = 0.30; cover <= 0.701; cover += 0.025) {
                  for (int rare : new int[] {0, 2500, 4000, 6000, 9000, 14000}) {
                   for (int rareWithWords : new int[] {0, 4000, 8000, 15000, 30000}) {
                    Calibration calibration = Calibration.TUNED.with(meaning, support, cover, rare, rareWithWords);
                    int named = 0;
                    int found = 0;
                    int answerable = 0;
                    for (int i = 0; i < tuning.size(); i++) {
                        Outcome outcome = check(tuning.get(i), "", readings.get(i).result(calibration));
                        if (tuning.get(i).answerable()) {
                            answerable++;
                            found += outcome.passed() ? 1 : 0;
                        } else {
                            named += outcome.passed() ? 0 : 1;
                        }
                    }
                    grid.add(String.format(Locale.ROOT, "G\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d", named, found,
                            answerable, meaning, support, cover, rare, rareWithWords));
                   }
                  }
                }
            }
        }
        grid.stream().sorted(Comparator.comparing((String line) -> Integer.parseInt(line.split("\t")[1]))
                        .thenComparing(line -> -Integer.parseInt(line.split("\t")[2])))
                .limit(40).forEach(line -> out.append(line).append('\n'));
        for (int i = 0; i < tuning.size(); i++) {
            out.append("C\t").append(tuning.get(i).kind()).append('\t').append(tuning.get(i).ask()).append('\t')
                    .append(readings.get(i).coverage()).append('\n');
        }
        for (Question question : questions) {
            if (question.heldout()) {
                continue;
            }
            Search.Reading reading = search.read(search.glossary().english(question.ask()));
            int closest = reading.closest();
            double lexicalBest = reading.strict.stream().mapToDouble(hit -> reading.similarity[hit.entry()])
                    .max().orElse(-1);
            double expectedBest = -1;
            for (int i = 0; i < search.entries().size(); i++) {
                if (search.entries().get(i).fact() instanceof ProposalFact fact
                        && question.expectedProposals().contains(fact.proposal().id())) {
                    expectedBest = Math.max(expectedBest, reading.similarity[i]);
                }
            }
            String content = SearchAnalyzer.contentWords(reading.corrected).stream().map(SearchAnalyzer.Word::surface)
                    .collect(Collectors.joining(" "));
            float[] stripped = content.isEmpty() ? new float[search.entries().size()] : search.similaritiesOf(content);
            double mean = 0;
            double top = -1;
            double top2 = -1;
            for (int i = 0; i < stripped.length; i++) {
                mean += stripped[i] / stripped.length;
            }
            int best = 0;
            for (int i = 0; i < stripped.length; i++) {
                if (stripped[i] > stripped[best]) {
                    best = i;
                }
            }
            top = stripped[best];
            for (int i = 0; i < stripped.length; i++) {
                if (!sameOwner(search.entries().get(i), search.entries().get(best))) {
                    top2 = Math.max(top2, stripped[i]);
                }
            }
            double expectedStripped = -1;
            for (int i = 0; i < search.entries().size(); i++) {
                if (search.entries().get(i).fact() instanceof ProposalFact fact
                        && question.expectedProposals().contains(fact.proposal().id())) {
                    expectedStripped = Math.max(expectedStripped, stripped[i]);
                }
            }
            out.append(String.format(Locale.ROOT, "S\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%s%n", question.kind(), top,
                    mean, top2, expectedStripped, label(search.entries().get(best)), content));
            out.append(String.format(Locale.ROOT, "F\t%s\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s%n", question.kind(),
                    closest < 0 ? -1 : reading.similarity[closest], lexicalBest, expectedBest,
                    closest < 0 ? "" : label(search.entries().get(closest)), question.ask(), reading.corrected));
        }
        System.out.println(out);
    }

    private static boolean sameOwner(Entry a, Entry b) {
        return a.match(0).person().map(person -> person.id()).equals(b.match(0).person().map(person -> person.id()));
    }

    private static String label(Entry entry) {
        if (entry.fact() instanceof ProposalFact fact) {
            return fact.proposal().id();
        }
        if (entry.fact() instanceof Facts.PersonFact person) {
            return "person:" + person.person().id();
        }
        return "context:" + ((Facts.ContextFact) entry.fact()).context().id();
    }
}
