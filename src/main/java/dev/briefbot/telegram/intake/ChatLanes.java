package dev.briefbot.telegram.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands each update, polled or posted to the webhook, to the lane of its chat, read once ({@link UpdateReader}) and
 * reported once handled ({@link UpdateReport}): one chat's updates are answered in order, different chats in
 * parallel. Nothing escapes {@link #consume}: an exception there would stop TelegramBots' polling for good, silently.
 */
public final class ChatLanes implements LongPollingUpdateConsumer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);
    private static final int REMEMBERED_UPDATES = 10_000;
    /** A full lane holds up polling this long before the update is dropped: Telegram would resend nothing. */
    private static final Duration FULL_LANE_WAIT = Duration.ofSeconds(30);

    private final UpdateReader reader;
    private final UpdateHandler handler;
    private final UpdateReport report;
    private final List<ThreadPoolExecutor> lanes;
    private final SeenUpdates seen = new SeenUpdates(REMEMBERED_UPDATES);

    public ChatLanes(UpdateReader reader, UpdateHandler handler, UpdateReport report, int laneCount, int capacity) {
        this.reader = reader;
        this.handler = handler;
        this.report = report;
        this.lanes = new ArrayList<>(laneCount);
        for (int i = 0; i < laneCount; i++) {
            lanes.add(lane(i, capacity));
        }
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                dispatch(reader.read(update));
            } catch (RuntimeException failure) {
                log.error("Update {} could not be dispatched", update.getUpdateId(), failure);
            }
        }
    }

    /**
     * For the webhook: the update goes through the dispatch {@link #consume} uses, as a polled one, if its lane has
     * room now. False (full, or stopping) means answer Telegram with an error so it sends the update again later:
     * nothing is lost, and Telegram's request is never held while a lane catches up.
     */
    public boolean offer(Update update) {
        if (seen.wasSeen(update.getUpdateId())) {
            // a resend of an update already queued or answered: taken, whether or not its lane has room now
            return true;
        }
        TelegramUpdate read = reader.read(update);
        ThreadPoolExecutor lane = laneOf(read.laneKey());
        if (lane.isShutdown() || lane.getQueue().remainingCapacity() == 0) {
            return false;
        }
        try {
            dispatch(read);
            return true;
        } catch (RejectedExecutionException stoppedMeanwhile) {
            // the lane filled or shut down since the look above: Telegram is asked to send it again
            seen.forget(update.getUpdateId());
            return false;
        }
    }

    private void dispatch(TelegramUpdate update) {
        if (!seen.isNew(update.updateId())) {
            log.debug("Update {} came again: already answered", update.updateId());
            return;
        }
        UpdateReport.Arrival arrival = report.received(update);
        try {
            laneOf(update.laneKey()).execute(() -> handle(update, arrival));
        } catch (RejectedExecutionException full) {
            report.handled(arrival, UpdateOutcome.DROPPED);
            throw full;
        }
    }

    private void handle(TelegramUpdate update, UpdateReport.Arrival arrival) {
        UpdateOutcome outcome = UpdateOutcome.FAILED;
        try {
            outcome = handler.handle(update);
        } catch (RuntimeException | Error failure) {
            log.error("Update {} failed", update.updateId(), failure);
        } finally {
            report.handled(arrival, outcome);
        }
    }

    private ThreadPoolExecutor laneOf(long chatId) {
        return lanes.get(Math.floorMod(Long.hashCode(chatId), lanes.size()));
    }

    /** Stops taking updates and lets the lanes finish what they hold, for at most {@code grace}. */
    public void drain(Duration grace) {
        if (lanes.stream().allMatch(ExecutorService::isShutdown)) {
            // drained already: the stop came first, the context's close after it
            return;
        }
        lanes.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (ExecutorService lane : lanes) {
                lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        int answering = lanes.stream().mapToInt(ThreadPoolExecutor::getActiveCount).sum();
        // the answers under way are interrupted: the sender abandons them
        int dropped = lanes.stream().mapToInt(lane -> lane.shutdownNow().size()).sum();
        if (answering + dropped == 0) {
            log.info("Stopping: the lanes have answered every update they held");
        } else {
            log.warn("Stopping: {} updates were not answered in time, and {} answers under way were cut short",
                    dropped, answering);
        }
    }

    @Override
    public void close() {
        drain(Duration.ZERO);
    }

    private static ThreadPoolExecutor lane(int index, int capacity) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                task -> new Thread(task, "telegram-lane-" + index), new WaitForRoom());
    }

    /** A full lane makes the poller wait (back-pressure) rather than lose the update at once. */
    private static final class WaitForRoom implements RejectedExecutionHandler {

        @Override
        public void rejectedExecution(Runnable task, ThreadPoolExecutor lane) {
            if (lane.isShutdown()) {
                throw new RejectedExecutionException("the bot is stopping");
            }
            try {
                if (!lane.getQueue().offer(task, FULL_LANE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new RejectedExecutionException("lane full for " + FULL_LANE_WAIT.toSeconds() + " s");
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while the lane was full");
            }
        }
    }
}
