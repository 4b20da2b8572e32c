package dev.briefbot.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.briefbot.subscription.NotificationChannel.Delivery;
import dev.briefbot.subscription.OutboxStore.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox, started and stopped with the bot. Each notification due goes to its chat through the
 * {@link NotificationChannel}, which keeps the transport's limits, with its suggestions as buttons, and is marked sent
 * the moment the channel delivered it: a crash sends at most the messages then in flight twice, and a restart finds
 * the rest due again (those this instance had claimed when its lease ends, see {@link DeliverySettings#claimLease()}).
 * Notifications are claimed, at most a batch at a time, so replicas sharing a database never send one twice; the
 * next are claimed while the last still go out. Chats are sent to in parallel (one chat alone takes about a message a
 * second), one chat's notifications in order. When the channel gives up, the notification and those after it in its
 * chat wait, longer after each failure of that one; a gone chat's are dropped by {@link Membership} as the channel
 * reports it ({@link ChatGone}), and a migrated group's follow it to the supergroup ({@link ChatMigrated}).
 * <p>
 * It starts after the channel opens and stops before it closes: the channel's transport is what it depends on.
 */
final class NotificationDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final OutboxStore outbox;
    private final NotificationChannel channel;
    private final DeliverySettings settings;
    private final Duration stopGrace;
    private final Clock clock;
    /** Chats whose notification the sender gave up on, until when: their later notifications wait as long. */
    private final Map<Long, Instant> resting = new ConcurrentHashMap<>();
    /** Notifications claimed and not yet done with (sending, or waiting for a worker). */
    private final Held held = new Held();
    private volatile ExecutorService chats;
    private volatile CountDownLatch stopping;
    private volatile Thread worker;
    private volatile boolean running;

    NotificationDelivery(OutboxStore outbox, NotificationChannel channel, DeliverySettings settings,
            Duration stopGrace, Clock clock) {
        this.outbox = outbox;
        this.channel = channel;
        this.settings = settings;
        this.stopGrace = stopGrace;
        this.clock = clock;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        chats = Executors.newFixedThreadPool(settings.workers(),
                task -> new Thread(task, "notification-delivery-" + threads.incrementAndGet()));
        stopping = new CountDownLatch(1);
        running = true;
        worker = new Thread(this::deliverUntilStopped, "notification-delivery");
        worker.start();
    }

    /** Sends no more, lets the sends under way finish and be marked (for at most the grace), then ends the threads. */
    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopping.countDown();
        finishSends();
    }

    /**
     * As {@link #stop()}, but the sends under way finish in the background while Spring stops the intake, whose lanes
     * drain at the same time: a stop takes one grace, not two. Spring waits for {@code stopped} before it closes the
     * database (spring.lifecycle.timeout-per-shutdown-phase, 30 s by default), so every send is still marked.
     */
    @Override
    public void stop(Runnable stopped) {
        if (!running) {
            stopped.run();
            return;
        }
        running = false;
        stopping.countDown();
        Thread finishing = new Thread(() -> {
            try {
                finishSends();
            } finally {
                stopped.run();
            }
        }, "notification-delivery-stop");
        finishing.start();
    }

    private void finishSends() {
        try {
            worker.join(stopGrace.toMillis());
            if (worker.isAlive()) {
                log.warn("Outbox delivery did not finish its sends within {} s: they will be sent again after the "
                        + "restart if Telegram took them", stopGrace.toSeconds());
                chats.shutdownNow();
                worker.interrupt();
                worker.join(TimeUnit.SECONDS.toMillis(1));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            chats.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Keeps the workers fed: claims the next notifications while the last ones are still going out, so that the sender
     * never waits for a batch's slowest chat or the claim's own query and commit (a pause in every batch, which kept a
     * broadcast 6 % under the allowed rate). At most a batch is held; when half of it is done, the rest is claimed.
     * When stopping, waits for the sends under way (stop() waits for this thread, for at most the grace).
     */
    private void deliverUntilStopped() {
        try {
            while (running) {
                held.awaitAtMost(settings.batch() / 2);
                // right on while notifications go out; otherwise look again after the poll interval
                if (running && claimMore() == 0 && restUntilStopping()) {
                    break;
                }
            }
            held.awaitAtMost(0);
        } catch (InterruptedException interrupted) {
            // the grace is over: stop() gives up on the sends under way
        }
    }

    /** Claims what is due up to a batch held, and hands it to the workers; returns how many were claimed. */
    private int claimMore() {
        try {
            return startSends(settings.batch() - held.count());
        } catch (RuntimeException failure) {
            log.error("The outbox could not be read; trying again in {} ms", settings.pollInterval().toMillis(),
                    failure);
            return 0;
        }
    }

    /**
     * Claims up to {@code limit} notifications and queues them for the workers, a task per chat; returns how many. A
     * send starts only in the first half of its claim's lease: the second half is left for the sender's retries of the
     * last one started (max-tries with a doubling back-off, and any retry_after), since a send still retrying when the
     * lease ends could go out twice, here and from the replica that claims the row next. What could not start in time
     * is given back, due at once. Two claims under way cannot reorder a chat: the claim leaves a notification while an
     * older one of its chat is leased.
     */
    private int startSends(int limit) {
        Instant now = clock.instant();
        Instant startSendsUntil = now.plus(settings.claimLease().dividedBy(2));
        List<Pending> claimed = outbox.claim(limit, now, settings.claimLease());
        Map<Long, List<Pending>> byChat = claimed.stream()
                .collect(Collectors.groupingBy(Pending::chatId, LinkedHashMap::new, Collectors.toList()));
        held.add(claimed.size());
        byChat.forEach((chat, queue) -> chats.execute(() -> {
            try {
                deliverSafely(chat, queue, startSendsUntil);
            } finally {
                held.release(queue.size());
            }
        }));
        return claimed.size();
    }

    private int deliverSafely(long chat, List<Pending> queue, Instant startSendsUntil) {
        try {
            return deliver(chat, queue, startSendsUntil);
        } catch (RuntimeException failure) {
            log.error("Notifications to chat {} could not be delivered; they stay in the outbox, due again when their "
                    + "claim ends", chat, failure);
            return 0;
        }
    }

    /** One chat's notifications, in order; stops at the first that cannot go now. Returns how many went. */
    private int deliver(long chat, List<Pending> queue, Instant startSendsUntil) {
        Instant restsUntil = resting.get(chat);
        if (restsUntil != null && restsUntil.isAfter(clock.instant())) {
            outbox.postpone(ids(queue), restsUntil);
            return 0;
        }
        resting.remove(chat);
        int delivered = 0;
        for (int i = 0; i < queue.size(); i++) {
            Pending next = queue.get(i);
            List<Pending> after = queue.subList(i + 1, queue.size());
            if (!running || clock.instant().isAfter(startSendsUntil)) {
                giveBack(queue.subList(i, queue.size()));
                return delivered;
            }
            Delivery outcome = channel.send(chat, next.text(), next.suggestions());
            switch (outcome) {
                case DELIVERED -> {
                    outbox.markSent(next.id(), clock.instant());
                    delivered++;
                }
                case DELIVERED_AFTER_MIGRATION -> {
                    // the rest moved with the group (Membership) and are due at once under its new id
                    outbox.markSent(next.id(), clock.instant());
                    giveBack(after);
                    return delivered + 1;
                }
                case REFUSED -> {
                    // the same message would be refused again: retrying it forever would help nobody
                    log.error("Notification {} to chat {} was refused by Telegram and is dropped", next.id(), chat);
                    outbox.markSent(next.id(), clock.instant());
                }
                case GAVE_UP -> {
                    // only the one that failed counts an attempt; those behind it wait as long, back-off unchanged
                    Instant until = clock.instant().plus(settings.retryAfter(next.attempts()));
                    resting.put(chat, until);
                    outbox.retryLater(next.id(), until);
                    outbox.postpone(ids(after), until);
                    log.warn("Notifications to chat {} wait until {}: the sender gave up", chat, until);
                    return delivered;
                }
                case CHAT_GONE -> {
                    // Membership has dropped what waited for the chat
                    return delivered;
                }
                case STOPPED -> {
                    giveBack(queue.subList(i, queue.size()));
                    return delivered;
                }
            }
        }
        return delivered;
    }

    /** Claimed but not sent: due at once, for this instance's next claim or another's, not at the lease's end. */
    private void giveBack(List<Pending> unsent) {
        outbox.postpone(ids(unsent), clock.instant());
    }

    private static List<Long> ids(List<Pending> notifications) {
        return notifications.stream().map(Pending::id).toList();
    }

    /** Waits the poll interval; true if the delivery is stopping. */
    private boolean restUntilStopping() {
        try {
            return stopping.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            return true;
        }
    }

    /** A count the worker waits on: it claims more only when the workers have room for them. */
    private static final class Held {

        private int notifications;

        synchronized int count() {
            return notifications;
        }

        synchronized void add(int claimed) {
            notifications += claimed;
        }

        synchronized void release(int done) {
            notifications -= done;
            notifyAll();
        }

        synchronized void awaitAtMost(int most) throws InterruptedException {
            while (notifications > most) {
                wait();
            }
        }
    }
}
