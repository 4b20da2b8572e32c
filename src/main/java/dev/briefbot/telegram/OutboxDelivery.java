package dev.briefbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.briefbot.subscription.OutboxStore;
import dev.briefbot.subscription.OutboxStore.Pending;
import dev.briefbot.telegram.TelegramSender.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox, started and stopped with the bot. Each notification due goes to its chat through the
 * {@link TelegramSender}, which keeps Telegram's limits, and is marked sent the moment Telegram took it: a crash
 * sends at most the messages then in flight twice, and a restart simply finds the rest still due. Chats are sent to
 * in parallel (one chat alone takes about a message a second), one chat's notifications in order. When the sender
 * gives up, the notification and those after it in its chat wait, longer after each failure; a gone chat's are
 * dropped by {@link MembershipEvents} as the sender reports it, and a migrated group's follow it to the supergroup.
 */
final class OutboxDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxStore outbox;
    private final TelegramSender sender;
    private final DeliverySettings settings;
    private final Duration stopGrace;
    private final Clock clock;
    /** Chats whose notification the sender gave up on, until when: their later notifications wait as long. */
    private final Map<Long, Instant> resting = new ConcurrentHashMap<>();
    private volatile ExecutorService chats;
    private volatile CountDownLatch stopping;
    private volatile Thread worker;
    private volatile boolean running;

    OutboxDelivery(OutboxStore outbox, TelegramSender sender, DeliverySettings settings, Duration stopGrace,
            Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.stopGrace = stopGrace;
        this.clock = clock;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        chats = Executors.newFixedThreadPool(settings.workers(),
                task -> new Thread(task, "telegram-delivery-" + threads.incrementAndGet()));
        stopping = new CountDownLatch(1);
        running = true;
        worker = new Thread(this::deliverUntilStopped, "telegram-delivery");
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

    private void deliverUntilStopped() {
        while (running) {
            boolean delivered;
            try {
                delivered = deliverDue() > 0;
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException failure) {
                log.error("The outbox could not be read; trying again in {} ms", settings.pollInterval().toMillis(),
                        failure);
                delivered = false;
            }
            // right on while notifications go out; otherwise look again after the poll interval
            if (!delivered && restUntilStopping()) {
                return;
            }
        }
    }

    /** Sends what is due, chats in parallel; returns how many notifications were delivered. */
    private int deliverDue() throws InterruptedException {
        Map<Long, List<Pending>> byChat = outbox.due(settings.batch(), clock.instant()).stream()
                .collect(Collectors.groupingBy(Pending::chatId, LinkedHashMap::new, Collectors.toList()));
        List<Callable<Integer>> sends = new ArrayList<>();
        byChat.forEach((chat, queue) -> sends.add(() -> deliverSafely(chat, queue)));
        int delivered = 0;
        for (Future<Integer> send : chats.invokeAll(sends)) {
            try {
                delivered += send.get();
            } catch (ExecutionException unexpected) {
                log.error("Outbox delivery failed", unexpected.getCause());
            }
        }
        return delivered;
    }

    private int deliverSafely(long chat, List<Pending> queue) {
        try {
            return deliver(chat, queue);
        } catch (RuntimeException failure) {
            log.error("Notifications to chat {} could not be delivered; they stay in the outbox", chat, failure);
            return 0;
        }
    }

    /** One chat's notifications, in order; stops at the first that cannot go now. Returns how many went. */
    private int deliver(long chat, List<Pending> queue) {
        Instant restsUntil = resting.get(chat);
        if (restsUntil != null && restsUntil.isAfter(clock.instant())) {
            postpone(queue, restsUntil);
            return 0;
        }
        resting.remove(chat);
        int delivered = 0;
        for (int i = 0; i < queue.size() && running; i++) {
            Pending next = queue.get(i);
            Outcome outcome = sender.send(new Reply(chat, null, null).message(next.text(), true, null)).outcome();
            switch (outcome) {
                case DELIVERED -> {
                    outbox.markSent(next.id(), clock.instant());
                    delivered++;
                }
                case DELIVERED_AFTER_MIGRATION -> {
                    // the rest moved with the group (MembershipEvents) and are due at once under its new id
                    outbox.markSent(next.id(), clock.instant());
                    return delivered + 1;
                }
                case REFUSED -> {
                    // the same message would be refused again: retrying it forever would help nobody
                    log.error("Notification {} to chat {} was refused by Telegram and is dropped", next.id(), chat);
                    outbox.markSent(next.id(), clock.instant());
                }
                case GAVE_UP -> {
                    Instant until = clock.instant().plus(settings.retryAfter(next.attempts()));
                    resting.put(chat, until);
                    postpone(queue.subList(i, queue.size()), until);
                    log.warn("Notifications to chat {} wait until {}: the sender gave up", chat, until);
                    return delivered;
                }
                case CHAT_GONE, STOPPED -> {
                    // gone: MembershipEvents has dropped what waited for the chat; stopped: all of it stays due
                    return delivered;
                }
            }
        }
        return delivered;
    }

    private void postpone(List<Pending> waiting, Instant until) {
        waiting.forEach(pending -> outbox.retryLater(pending.id(), until));
    }

    /** Waits the poll interval; true if the delivery is stopping. */
    private boolean restUntilStopping() {
        try {
            return stopping.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            return true;
        }
    }
}
