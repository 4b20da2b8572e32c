package dev.briefbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Updates waiting for {@code getUpdates}: ids rise, an offset confirms everything below it, polls wait for news. */
final class UpdateQueue {

    private record Pending(long id, String kind, ObjectNode update) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private long nextId = 100_000;
    private boolean closed;
    private long polls;

    synchronized ObjectNode add(String kind, JsonNode payload) {
        long id = nextId++;
        ObjectNode update = JsonNodeFactory.instance.objectNode().put("update_id", id);
        update.set(kind, payload);
        pending.add(new Pending(id, kind, update));
        notifyAll();
        return update;
    }

    /** An update with the next id that is not queued: for posting to a webhook by hand. */
    synchronized ObjectNode detached(String kind, JsonNode payload) {
        ObjectNode update = JsonNodeFactory.instance.objectNode().put("update_id", nextId++);
        update.set(kind, payload);
        return update;
    }

    /**
     * Up to {@code limit} updates of the allowed kinds (all when empty), waiting up to {@code timeout} for one; a poll
     * still waiting when another arrives is ended with 409 Conflict.
     */
    synchronized List<ObjectNode> take(Long offset, int limit, Duration timeout, List<String> allowed)
            throws InterruptedException {
        confirm(offset);
        long mine = ++polls;
        notifyAll();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed && polls == mine && deliverable(allowed).isEmpty() && deadline - System.nanoTime() > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
        }
        if (polls != mine) {
            // as Telegram: a newer poll ends the one still waiting
            throw ApiError.conflict("terminated by other getUpdates request; make sure that only one bot instance "
                    + "is running");
        }
        List<ObjectNode> updates = deliverable(allowed);
        return List.copyOf(updates.subList(0, Math.min(limit, updates.size())));
    }

    synchronized int size() {
        return pending.size();
    }

    synchronized void clear() {
        pending.clear();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    // A negative offset keeps only the last -offset updates, as Telegram does.
    private void confirm(Long offset) {
        if (offset == null) {
            return;
        }
        if (offset < 0) {
            int keep = (int) Math.min(-offset, pending.size());
            pending.subList(0, pending.size() - keep).clear();
        } else {
            pending.removeIf(update -> update.id() < offset);
        }
    }

    // Telegram never creates updates of kinds the bot did not ask for, so they are dropped, not kept.
    private List<ObjectNode> deliverable(List<String> allowed) {
        if (!allowed.isEmpty()) {
            pending.removeIf(update -> !allowed.contains(update.kind()));
        }
        return pending.stream().map(Pending::update).toList();
    }
}
