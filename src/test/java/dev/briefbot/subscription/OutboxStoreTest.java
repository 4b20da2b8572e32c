package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.LongStream;

import dev.briefbot.subscription.OutboxStore.Notification;
import dev.briefbot.subscription.OutboxStore.Pending;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The outbox on every database it must work on (see {@link Databases}). */
class OutboxStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final long GROUP = -1001234567890123L;
    private static final long ANALYST = 7_000_000_001L;

    private static OutboxStore outbox(Databases kind) {
        Databases.Database database = kind.open();
        return new OutboxStore(database.template(), database.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldRecordAVersionWithItsNotificationsAndHandThemOutOldestFirst(Databases kind) {
        OutboxStore outbox = outbox(kind);

        outbox.recordVersion("a1", 2, List.of(new Notification(GROUP, "New: Shenzhen"),
                new Notification(ANALYST, "New: elderly care")));

        assertThat(outbox.lastFingerprint()).contains("a1");
        assertThat(outbox.due(10, NOW)).extracting(Pending::chatId, Pending::text)
                .containsExactly(tuple(GROUP, "New: Shenzhen"), tuple(ANALYST, "New: elderly care"));
        assertThat(outbox.due(1, NOW)).hasSize(1);
        assertThat(outbox.backlog()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldQueueABroadcastToThousandsOfChatsInOrder(Databases kind) {
        OutboxStore outbox = outbox(kind);
        List<Notification> broadcast = LongStream.rangeClosed(1, 1_234)
                .mapToObj(n -> new Notification(-1_000_000_000_000L - n, "New brief " + n)).toList();

        outbox.recordVersion("a1", 2, broadcast);

        assertThat(outbox.backlog()).isEqualTo(1_234);
        assertThat(outbox.due(2_000, NOW)).extracting(Pending::chatId, Pending::text)
                .containsExactlyElementsOf(broadcast.stream()
                        .map(notification -> tuple(notification.chatId(), notification.text())).toList());
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldRecordNeitherTheVersionNorAnyNotificationWhenWritingFailsHalfWay(Databases kind) {
        OutboxStore outbox = outbox(kind);
        outbox.recordVersion("a1", 1, List.of());
        List<Notification> failingOnTheSecond = new AbstractList<>() {
            @Override
            public Notification get(int index) {
                if (index == 1) {
                    throw new IllegalStateException("the process died here");
                }
                return new Notification(GROUP, "New: Shenzhen");
            }

            @Override
            public int size() {
                return 3;
            }
        };

        assertThatThrownBy(() -> outbox.recordVersion("b2", 2, failingOnTheSecond))
                .hasMessageContaining("the process died here");

        assertThat(outbox.lastFingerprint()).contains("a1");
        assertThat(outbox.backlog()).isZero();
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldStopHandingOutWhatWasSentAndHoldBackWhatFailedUntilItsTime(Databases kind) {
        OutboxStore outbox = outbox(kind);
        outbox.recordVersion("a1", 1, List.of(new Notification(GROUP, "one"), new Notification(ANALYST, "two")));
        List<Pending> due = outbox.due(10, NOW);

        outbox.markSent(due.get(0).id(), NOW);
        outbox.retryLater(due.get(1).id(), NOW.plus(Duration.ofMinutes(1)));

        assertThat(outbox.due(10, NOW)).isEmpty();
        assertThat(outbox.due(10, NOW.plus(Duration.ofMinutes(1)))).singleElement()
                .satisfies(pending -> assertThat(pending.attempts()).isEqualTo(1))
                .satisfies(pending -> assertThat(pending.text()).isEqualTo("two"));
        assertThat(outbox.backlog()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldDropWhatWaitsForAGoneChatAndMoveWhatWaitsForAMigratedOne(Databases kind) {
        OutboxStore outbox = outbox(kind);
        long oldGroup = -4_242L;
        outbox.recordVersion("a1", 1, List.of(new Notification(ANALYST, "gone"), new Notification(oldGroup, "moves"),
                new Notification(GROUP, "stays")));

        assertThat(outbox.dropChat(ANALYST)).isEqualTo(1);
        assertThat(outbox.moveChat(oldGroup, GROUP)).isEqualTo(1);

        assertThat(outbox.due(10, NOW)).extracting(Pending::chatId).containsExactly(GROUP, GROUP);
    }
}
