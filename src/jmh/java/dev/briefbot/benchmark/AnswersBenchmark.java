package dev.briefbot.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.briefbot.answer.Answer;
import dev.briefbot.answer.Answers;
import dev.briefbot.answer.search.SentenceEmbeddings;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long each kind of ask takes to answer, as a distribution (p50, p99), on the seed library and on a generated
 * library of 1,000 briefs (about 10,000 proposals). Each benchmark cycles through a few asks of its kind, typos
 * and misses included, so one lucky input does not decide the figure. Run from the project folder: it reads
 * {@code seeds/} and {@code config/}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class AnswersBenchmark {

    private static final List<String> REGIONS = List.of("Shenzhen", "Shanghai", "shenzen", "深圳", "Sichuan");
    private static final List<String> TOPICS = List.of("elderly care", "education reform", "old people",
            "traditional Chinese medicine", "open-source large model", "quantum knitting");
    private static final List<String> ADVISORS = List.of("Wu Wenyan", "Xu Li", "xia jun", "Jiang Biyan");
    private static final List<String> RANKINGS = List.of("", "3", "Sichuan", "third");
    private static final List<String> QUESTIONS = List.of("who proposed AI robots for elderly care?",
            "what did Xu Li say?", "which region ranks third?", "where does Sichuan rank?",
            "what did lawmakers propose about schools?");
    /** Free text that only the search answers: a paraphrase, a typo, Chinese, and two the briefs do not answer. */
    private static final List<String> SEARCHED = List.of(
            "who wants machines looking after grandma and grandpa around the clock?",
            "who sugested robots for the eldrely", "谁提到了机器人？", "who proposed using blockchain to trace herbs?",
            "which advisor links machine intelligence to ancient Chinese healing?", "who talked about nuclear fusion?");

    /** {@code seed}: the briefs of seeds/; {@code 1000}: those plus generated briefs, 1,000 in all. */
    @Param({"seed", "1000"})
    public String library;

    private Answers answers;
    private int turn;

    @Setup(Level.Trial)
    public void buildAnswers() {
        Library seed = new LibraryLoader().load(Path.of("seeds"), Path.of("config"));
        // the generated library's 25,000 texts take minutes to embed: once, then read back from this file
        SentenceEmbeddings.shared().useCacheFile(Path.of("target", "benchmark-vectors.bin"));
        answers = Answers.of(library.equals("seed") ? seed : new LibraryGenerator(seed, 2024).library(Integer.parseInt(library)));
        // the vectors are made in the background: wait for them, so that no measured ask does
        answers.search().ready();
    }

    @Benchmark
    public Answer region() {
        return answers.region(next(REGIONS));
    }

    @Benchmark
    public Answer who() {
        return answers.who(next(TOPICS));
    }

    @Benchmark
    public Answer advisor() {
        return answers.advisor(next(ADVISORS));
    }

    @Benchmark
    public Answer rankings() {
        return answers.rankings(next(RANKINGS));
    }

    @Benchmark
    public Answer question() {
        return answers.question(next(QUESTIONS));
    }

    @Benchmark
    public Answer searched() {
        return answers.question(next(SEARCHED));
    }

    // one benchmark thread: a plain counter is enough to rotate the asks
    private String next(List<String> asks) {
        turn = (turn + 1) % asks.size();
        return asks.get(turn);
    }
}
