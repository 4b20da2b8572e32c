package dev.briefbot.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The subscription store on every database it must work on (see {@link Databases}). */
class SubscriptionStoreTest {

    private static final long GROUP = -1001234567890123L;
    private static final long ANALYST = 7_000_000_001L;

    private static SubscriptionStore store(Databases kind) {
        Databases.Database database = kind.open();
        return new SubscriptionStore(database.jdbc(), database.transactions(),
                Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldSubscribeOnceAndSayWhenTheChatAlreadyWas(Databases kind) {
        SubscriptionStore store = store(kind);

        assertThat(store.add(GROUP, Filter.region("shenzhen"))).isTrue();
        assertThat(store.add(GROUP, Filter.region("shenzhen"))).isFalse();

        assertThat(store.of(GROUP)).containsExactly(new Subscription(GROUP, Filter.region("shenzhen"),
                Instant.parse("2026-11-27T10:00:00Z")));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldListAChatsSubscriptionsInTheOrderTheyWereMade(Databases kind) {
        SubscriptionStore store = store(kind);
        store.add(GROUP, Filter.topic("elderly care"));
        store.add(GROUP, Filter.all());
        store.add(GROUP, Filter.region("beijing"));
        store.add(ANALYST, Filter.region("shenzhen"));

        assertThat(store.of(GROUP)).extracting(Subscription::filter)
                .containsExactly(Filter.topic("elderly care"), Filter.all(), Filter.region("beijing"));
        assertThat(store.count()).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldEndOneSubscriptionOrAllOfOneChat(Databases kind) {
        SubscriptionStore store = store(kind);
        store.add(GROUP, Filter.region("shenzhen"));
        store.add(GROUP, Filter.topic("AI robots"));
        store.add(ANALYST, Filter.region("shenzhen"));

        assertThat(store.remove(GROUP, Filter.region("shenzhen"))).isTrue();
        assertThat(store.remove(GROUP, Filter.region("shenzhen"))).isFalse();
        assertThat(store.of(GROUP)).extracting(Subscription::filter).containsExactly(Filter.topic("AI robots"));

        assertThat(store.removeAll(GROUP)).isEqualTo(1);
        assertThat(store.of(GROUP)).isEmpty();
        assertThat(store.of(ANALYST)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldMoveAGroupsSubscriptionsToItsSupergroupMergingWhatItHadThere(Databases kind) {
        SubscriptionStore store = store(kind);
        long oldGroup = -4_242L;
        store.add(oldGroup, Filter.region("shenzhen"));
        store.add(oldGroup, Filter.topic("elderly care"));
        store.add(GROUP, Filter.region("shenzhen"));

        assertThat(store.moveChat(oldGroup, GROUP)).isEqualTo(1);

        assertThat(store.of(oldGroup)).isEmpty();
        assertThat(store.of(GROUP)).extracting(Subscription::filter)
                .containsExactlyInAnyOrder(Filter.region("shenzhen"), Filter.topic("elderly care"));
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldFindEveryChatANewBriefConcernsAndNoOther(Databases kind) {
        SubscriptionStore store = store(kind);
        long beijingDesk = -1009876543210L;
        store.add(GROUP, Filter.region("shenzhen"));
        store.add(GROUP, Filter.topic("elderly care"));
        store.add(beijingDesk, Filter.region("beijing"));
        store.add(ANALYST, Filter.all());

        assertThat(store.matching(Set.of("shenzhen", "hefei"), Set.of("elderly care")))
                .extracting(Subscription::chatId, Subscription::filter)
                .containsExactly(tuple(GROUP, Filter.region("shenzhen")), tuple(GROUP, Filter.topic("elderly care")),
                        tuple(ANALYST, Filter.all()));
        assertThat(store.matching(Set.of(), Set.of())).extracting(Subscription::chatId).containsExactly(ANALYST);
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldKeepTheMomentOfASubscriptionWhenTheServersTimeZoneChanges(Databases kind) {
        SubscriptionStore store = store(kind);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            store.add(GROUP, Filter.region("shenzhen"));
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

            assertThat(store.of(GROUP)).extracting(Subscription::since)
                    .containsExactly(Instant.parse("2026-11-27T10:00:00Z"));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.briefbot.subscription.Databases#all")
    void shouldKeepOneSubscriptionWhenAdminsSubscribeAtTheSameMoment(Databases kind) throws Exception {
        SubscriptionStore store = store(kind);
        ExecutorService admins = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> presses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                presses.add(() -> store.add(GROUP, Filter.region("hefei")));
            }
            long added = 0;
            for (Future<Boolean> press : admins.invokeAll(presses)) {
                added += press.get() ? 1 : 0;
            }

            assertThat(added).isEqualTo(1);
            assertThat(store.of(GROUP)).hasSize(1);
        } finally {
            admins.shutdownNow();
        }
    }
}
