package dev.briefbot.answer.search;

import java.nio.file.Path;
import java.util.List;

import dev.briefbot.answer.Answers;
import dev.briefbot.benchmark.LibraryGenerator;
import dev.briefbot.brief.Library;
import dev.briefbot.brief.LibraryLoader;

/**
 * Where a free-text question's time goes: the whole question, one search, the model run and the comparison timed
 * apart (not a benchmark: a probe to read beside the JMH figures; how to run it: docs/benchmarks.md, issue 11 item 5).
 */
public final class SearchProbe {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Library seed = new LibraryLoader().load(Path.of("seeds"), Path.of("config"));
        SentenceEmbeddings.shared().useCacheFile(Path.of("target", "benchmark-vectors.bin"));
        Library library = size == 0 ? seed : new LibraryGenerator(seed, 2024).library(size);
        Answers answers = Answers.of(library);
        Search search = answers.search().ready();
        List<String> texts = search.entries().stream().flatMap(entry -> entry.meaning().stream()).toList();
        System.out.println(search.entries().size() + " entries, " + texts.size() + " texts, "
                + new java.util.HashSet<>(texts).size() + " distinct");
        // the library and its facts made once, outside the timing: only the places and the search are timed
        dev.briefbot.answer.Facts facts = new dev.briefbot.answer.Facts(library);
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            new Places(seed.gazetteer(), search.entries());
            long places = System.nanoTime();
            new Search(facts);
            System.out.printf("places of every entry read in %.1f ms; a whole search built in %.1f ms%n",
                    (places - start) / 1e6, (System.nanoTime() - places) / 1e6);
        }
        List<String> asks = List.of("who wants machines looking after grandma and grandpa around the clock?",
                "who sugested robots for the eldrely", "谁提到了机器人？", "who proposed using blockchain to trace herbs?",
                "which advisor links machine intelligence to ancient Chinese healing?", "who talked about nuclear fusion?");
        for (int round = 0; round < rounds; round++) {
            boolean print = round == rounds - 1;
            for (String ask : asks) {
                long t0 = System.nanoTime();
                answers.question(ask);
                long t1 = System.nanoTime();
                if (args.length > 2) {
                    continue; // only whole questions, for a profiler
                }
                String english = search.glossary().english(ask);
                search.search(english);
                long t2 = System.nanoTime();
                float[] q = SentenceEmbeddings.shared().question(english);
                long t3 = System.nanoTime();
                search.similaritiesOf(english);
                long t4 = System.nanoTime();
                if (print) {
                    System.out.printf("%-70s question %6.1f ms  search %6.1f  embed %5.1f  embed+similarities %5.1f%n",
                            ask, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
                }
            }
        }
    }
}
