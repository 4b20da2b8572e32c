package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import dev.briefbot.answer.Answer;
import dev.briefbot.subscription.OutboxStore.Notification;
import dev.briefbot.subscription.OutboxStore.Pending;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The outbox on every database it must work on (see {@link Databases}), claimed by one replica or several. */
class OutboxStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final long GROUP = -1001234567890123L;
    private static final long ANALYST = 7_000_000_001L;
    private static final Duration LEASE = Duration.ofMinutes(1);

    private static OutboxStore outbox(Databases kind) {
        return outbox(kind.open());
    }

    /** A store over the database, as one replica of the bot holds it. */
    private static OutboxStore outbox(Databases.Database database) {
        return new OutboxStore(database.template(), database.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldRecordAVersionWithItsNotificationsAndHandThemOutOldestFirst(Databases kind) {
        OutboxStore outbox = outbox(kind);

        Outboxes.queue(outbox, "a1", List.of(new Notification(GROUP, "New: Shenzhen", List.of()),
                new Notification(ANALYST, "New: elderly care", List.of()), new Notification(-77L, "New: Beijing", List.of())));

        assertThat(outbox.lastVersion().map(OutboxStore.RecordedVersion::fingerprint)).contains("a1");
        assertThat(outbox.claim(2, NOW, LEASE)).extracting(Pending::chatId, Pending::text)
                .containsExactly(tuple(GROUP, "New: Shenzhen"), tuple(ANALYST, "New: elderly care"));
        assertThat(outbox.backlog()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldKeepANotificationsButtonsWhateverTheirLabelsHold(Databases kind) {
        OutboxStore outbox = outbox(kind);
        List<Answer.Suggestion> buttons = List.of(new Answer.Suggestion("elderly care", "/who elderly care"),
                new Answer.Suggestion("Zhao \"Lin\"\t<b>&", "/advisor Zhao Lin"));

        Outboxes.queue(outbox, "a1", List.of(new Notification(GROUP, "New: elderly care", buttons),
                new Notification(ANALYST, "New: Shenzhen", List.of())));

        assertThat(outbox.claim(10, NOW, LEASE)).extracting(Pending::chatId, Pending::suggestions)
                .containsExactly(tuple(GROUP, buttons), tuple(ANALYST, List.of()));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldQueueABroadcastToThousandsOfChatsInOrder(Databases kind) {
        OutboxStore outbox = outbox(kind);
        List<Notification> broadcast = LongStream.rangeClosed(1, 1_234)
                .mapToObj(n -> new Notification(-1_000_000_000_000L - n, "New brief " + n, List.of())).toList();

        Outboxes.queue(outbox, "a1", broadcast);

        assertThat(outbox.backlog()).isEqualTo(1_234);
        assertThat(outbox.claim(2_000, NOW, LEASE)).extracting(Pending::chatId, Pending::text)
                .containsExactlyElementsOf(broadcast.stream()
                        .map(notification -> tuple(notification.chatId(), notification.text())).toList());
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldRecordNeitherTheVersionNorAnyNotificationWhenWritingFailsHalfWay(Databases kind) {
        OutboxStore outbox = outbox(kind);
        Outboxes.queue(outbox, "a1", List.of());
        List<Notification> failingOnTheSecond = new AbstractList<>() {
            @Override
            public Notification get(int index) {
                if (index == 1) {
                    throw new IllegalStateException("the process died here");
                }
                return new Notification(GROUP, "New: Shenzhen", List.of());
            }

            @Override
            public int size() {
                return 3;
            }
        };

        assertThatThrownBy(() -> Outboxes.queue(outbox, "b2", failingOnTheSecond))
                .hasMessageContaining("the process died here");

        assertThat(outbox.lastVersion().map(OutboxStore.RecordedVersion::fingerprint)).contains("a1");
        assertThat(outbox.backlog()).isZero();
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldStopHandingOutWhatWasSentAndHoldBackWhatFailedUntilItsTime(Databases kind) {
        OutboxStore outbox = outbox(kind);
        Outboxes.queue(outbox, "a1", List.of(new Notification(GROUP, "one", List.of()), new Notification(ANALYST, "two", List.of())));
        List<Pending> due = outbox.claim(10, NOW, LEASE);

        outbox.markSent(due.get(0).id(), NOW);
        outbox.retryLater(due.get(1).id(), NOW.plus(Duration.ofSeconds(10)));

        assertThat(outbox.claim(10, NOW.plus(Duration.ofSeconds(9)), LEASE)).isEmpty();
        assertThat(outbox.claim(10, NOW.plus(Duration.ofSeconds(10)), LEASE)).singleElement()
                .satisfies(pending -> assertThat(pending.attempts()).isEqualTo(1))
                .satisfies(pending -> assertThat(pending.text()).isEqualTo("two"));
        assertThat(outbox.backlog()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldPostponeTheNotificationsWaitingBehindAFailedOneWithoutCountingThemAsFailed(Databases kind) {
        OutboxStore outbox = outbox(kind);
        Outboxes.queue(outbox, "a1", List.of(new Notification(GROUP, "failed", List.of()), new Notification(GROUP, "waited", List.of()),
                new Notification(GROUP, "waited too", List.of())));
        List<Pending> claimed = outbox.claim(10, NOW, LEASE);
        Instant later = NOW.plus(Duration.ofMinutes(5));

        outbox.retryLater(claimed.get(0).id(), later);
        outbox.postpone(List.of(claimed.get(1).id(), claimed.get(2).id()), later);

        assertThat(outbox.claim(10, later.minusMillis(1), LEASE)).isEmpty();
        assertThat(outbox.claim(10, later, LEASE)).extracting(Pending::text, Pending::attempts)
                .containsExactly(tuple("failed", 1), tuple("waited", 0), tuple("waited too", 0));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldHandAClaimedNotificationOutAgainOnlyWhenItsLeaseEnds(Databases kind) {
        OutboxStore outbox = outbox(kind);
        Outboxes.queue(outbox, "a1", List.of(new Notification(GROUP, "in flight at the crash", List.of())));
        outbox.claim(10, NOW, LEASE);

        assertThat(outbox.claim(10, NOW.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
        assertThat(outbox.claim(10, NOW.plus(LEASE), LEASE)).extracting(Pending::text, Pending::attempts)
                .containsExactly(tuple("in flight at the crash", 0));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldHoldBackAChatsNotificationWhileAnOlderOneOfTheChatIsClaimedOrWaiting(Databases kind) {
        OutboxStore outbox = outbox(kind);
        Outboxes.queue(outbox, "a1", List.of(new Notification(GROUP, "first", List.of()), new Notification(GROUP, "second", List.of()),
                new Notification(ANALYST, "other chat", List.of())));
        Pending first = outbox.claim(1, NOW, LEASE).get(0);

        assertThat(outbox.claim(10, NOW, LEASE)).extracting(Pending::text).containsExactly("other chat");

        outbox.markSent(first.id(), NOW);
        assertThat(outbox.claim(10, NOW, LEASE)).extracting(Pending::text).containsExactly("second");
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldNeverHandOneNotificationToTwoReplicasClaimingAtOnce(Databases kind) throws Exception {
        Databases.Database database = kind.open();
        List<OutboxStore> replicas = List.of(outbox(database), outbox(database), outbox(database), outbox(database));
        Outboxes.queue(replicas.get(0), "a1", LongStream.rangeClosed(1, 600)
                .mapToObj(n -> new Notification(-1_000_000_000_000L - n, "New brief " + n, List.of())).toList());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
        try {
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (OutboxStore replica : replicas) {
                claims.add(threads.submit(() -> claimUntilNoneLeft(replica, start)));
            }
            start.countDown();
            List<Long> claimed = new ArrayList<>();
            for (Future<List<Long>> claim : claims) {
                claimed.addAll(claim.get(1, TimeUnit.MINUTES));
            }

            assertThat(claimed).hasSize(600).doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldLetAnotherReplicaClaimWithoutWaitingWhileOnesClaimIsStillOpen(Databases kind) throws Exception {
        Databases.Database database = kind.open();
        OutboxStore first = outbox(database);
        OutboxStore second = outbox(database);
        Outboxes.queue(first, "a1", List.of(new Notification(GROUP, "one", List.of()), new Notification(ANALYST, "two", List.of())));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<String> seenBySecond = database.transactions().execute(status -> {
                // the first replica's claim joins this transaction: its row stays locked until the end
                assertThat(first.claim(1, NOW, LEASE)).extracting(Pending::text).containsExactly("one");
                try {
                    return other.submit(() -> second.claim(10, NOW, LEASE)).get(30, TimeUnit.SECONDS).stream()
                            .map(Pending::text).toList();
                } catch (Exception e) {
                    throw new IllegalStateException("the second replica waited for the first one's claim", e);
                }
            });

            assertThat(seenBySecond).doesNotContain("one");
            if (kind == Databases.POSTGRESQL) {
                // H2 locks every due row its sorted claim reads, not only those it returns, until the claim commits:
                // harmless, since an embedded H2 serves one instance; PostgreSQL, which replicas share, locks the rows
                // it returns
                assertThat(seenBySecond).containsExactly("two");
            }
        } finally {
            other.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldDropWhatWaitsForAGoneChatAndMoveWhatWaitsForAMigratedOne(Databases kind) {
        OutboxStore outbox = outbox(kind);
        long oldGroup = -4_242L;
        Outboxes.queue(outbox, "a1", List.of(new Notification(ANALYST, "gone", List.of()), new Notification(oldGroup, "moves", List.of()),
                new Notification(GROUP, "stays", List.of())));

        assertThat(outbox.dropChat(ANALYST)).isEqualTo(1);
        assertThat(outbox.moveChat(oldGroup, GROUP)).isEqualTo(1);

        assertThat(outbox.claim(10, NOW, LEASE)).extracting(Pending::chatId).containsExactly(GROUP, GROUP);
    }

    /** What one replica claims, a few at a time, until nothing is due. */
    private static List<Long> claimUntilNoneLeft(OutboxStore replica, CountDownLatch start)
            throws InterruptedException {
        start.await();
        List<Long> claimed = new ArrayList<>();
        List<Pending> batch;
        do {
            batch = replica.claim(7, NOW, LEASE);
            batch.forEach(pending -> claimed.add(pending.id()));
        } while (!batch.isEmpty());
        return claimed;
    }
}
