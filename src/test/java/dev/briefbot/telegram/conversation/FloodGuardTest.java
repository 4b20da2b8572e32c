package dev.briefbot.telegram.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.briefbot.telegram.conversation.FloodGuard.Verdict;
import dev.briefbot.telegram.sending.WaitingClock;
import org.junit.jupiter.api.Test;

/** One user's requests a minute, on a clock the test moves: answered, told once to slow down, then dropped. */
class FloodGuardTest {

    private static final long ANALYST = 501;
    private static final long JOURNALIST = 502;

    private final WaitingClock clock = new WaitingClock();
    private final FloodGuard guard = new FloodGuard(3, clock);

    @Test
    void shouldAnswerUpToTheLimitThenSaySlowDownOnceThenDropTheRest() {
        assertThat(verdicts(ANALYST, 6)).containsExactly(Verdict.ANSWER, Verdict.ANSWER, Verdict.ANSWER,
                Verdict.SLOW_DOWN, Verdict.DROP, Verdict.DROP);
    }

    @Test
    void shouldTellWhenTheUserMayAskAgain() {
        verdicts(ANALYST, 3);
        clock.sleep(Duration.ofSeconds(45));

        FloodGuard.Turn told = guard.admit(ANALYST);

        assertThat(told.verdict()).isEqualTo(Verdict.SLOW_DOWN);
        assertThat(told.askAgainIn()).isEqualTo(Duration.ofSeconds(15));
        assertThat(guard.slowDown(told.askAgainIn())).contains("3 requests a minute", "ask again in 15 s");
    }

    @Test
    void shouldAnswerAgainOnceTheMinuteHasPassed() {
        verdicts(ANALYST, 5);
        clock.sleep(Duration.ofSeconds(60));

        assertThat(verdicts(ANALYST, 4)).containsExactly(Verdict.ANSWER, Verdict.ANSWER, Verdict.ANSWER,
                Verdict.SLOW_DOWN);
    }

    @Test
    void shouldLimitEachUserApart() {
        verdicts(ANALYST, 5);

        assertThat(guard.admit(JOURNALIST).verdict()).isEqualTo(Verdict.ANSWER);
    }

    @Test
    void shouldAnswerEveryRequestWhenTurnedOff() {
        FloodGuard off = new FloodGuard(0, clock);

        assertThat(IntStream.range(0, 1_000).mapToObj(i -> off.admit(ANALYST).verdict()))
                .containsOnly(Verdict.ANSWER);
    }

    @Test
    void shouldKeepNoMoreUsersThanItsBound() {
        for (long user = 1_000_000; user < 1_000_000 + FloodGuard.USERS_KEPT + 1_000; user++) {
            guard.admit(user);
        }

        assertThat(guard.usersKept()).isLessThanOrEqualTo(FloodGuard.USERS_KEPT);
    }

    @Test
    void shouldStillLimitAnActiveUserWhileThousandsOfOthersComeAndGo() {
        verdicts(JOURNALIST, 5);
        for (long user = 1_000_000; user < 1_040_000; user++) {
            guard.admit(user);
            clock.sleep(Duration.ofMillis(1));
        }

        assertThat(guard.admit(JOURNALIST).verdict()).as("40 s later: still limited").isEqualTo(Verdict.DROP);
        clock.sleep(Duration.ofSeconds(20));
        assertThat(guard.admit(JOURNALIST).verdict()).as("a minute later: answered again").isEqualTo(Verdict.ANSWER);
    }

    @Test
    void shouldForgetAUserIdleForAMinuteWhoseAllowanceIsWholeAgain() {
        verdicts(ANALYST, 5);
        verdicts(JOURNALIST, 1);
        clock.sleep(Duration.ofSeconds(30));
        verdicts(JOURNALIST, 1);
        clock.sleep(Duration.ofSeconds(31));

        assertThat(guard.usersKept()).as("only the journalist asked within the minute").isEqualTo(1);
        assertThat(verdicts(ANALYST, 4)).containsExactly(Verdict.ANSWER, Verdict.ANSWER, Verdict.ANSWER,
                Verdict.SLOW_DOWN);
    }

    @Test
    void shouldRefuseANegativeLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FloodGuard(-1, clock));
    }

    private List<Verdict> verdicts(long user, int requests) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            verdicts.add(guard.admit(user).verdict());
        }
        return verdicts;
    }
}
