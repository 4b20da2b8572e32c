package dev.briefbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import dev.briefbot.brief.Library;
import org.junit.jupiter.api.Test;

/** One {@link Answers} shared by every chat: many threads at once must get the answers one thread gets. */
class AnswersTest {

    private static final Library LIBRARY = ProjectLibrary.LIBRARY;

    private final Answers answers = Answers.of(LIBRARY);

    private final List<Function<Answers, Answer>> asks = List.of(
            answers -> answers.region("Shenzhen"), answers -> answers.region("Sichuan"),
            answers -> answers.who("elderly care"), answers -> answers.who("old people robots"),
            answers -> answers.who("TCM"), answers -> answers.who("quantum knitting"),
            answers -> answers.advisor("Xu Li"), answers -> answers.rankings("3"), Answers::topics);

    @Test
    void shouldGiveEveryThreadTheAnswersOneThreadGets() throws Exception {
        List<Answer> alone = asks.stream().map(ask -> ask.apply(answers)).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Answer>>> together = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                together.add(threads.submit(askAll(100)));
            }
            for (Future<List<Answer>> answered : together) {
                List<Answer> rounds = answered.get();
                for (int i = 0; i < rounds.size(); i++) {
                    assertThat(rounds.get(i)).isEqualTo(alone.get(i % asks.size()));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Callable<List<Answer>> askAll(int rounds) {
        return () -> {
            List<Answer> answered = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                asks.forEach(ask -> answered.add(ask.apply(answers)));
            }
            return answered;
        };
    }
}
