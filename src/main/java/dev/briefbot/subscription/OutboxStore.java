package dev.briefbot.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications waiting to be sent. A new library version and all the notifications it brings are written in one
 * transaction: either the version is recorded and every matching chat will hear of it, or neither.
 */
public class OutboxStore {

    /** One message for one chat. */
    public record Notification(long chatId, String text) {

        public Notification {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A notification not yet sent, and how often sending it has failed. */
    public record Pending(long id, long chatId, String text, int attempts) {
    }

    // a broadcast to thousands of chats goes to the database in a few round trips, not one per chat
    private static final int BATCH = 500;

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OutboxStore(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.batches = jdbc;
        this.jdbc = JdbcClient.create(jdbc);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records a library version with the notifications it brings, all or nothing; returns the version's id. */
    public long recordVersion(String fingerprint, int briefs, List<Notification> notifications) {
        Long version = transactions.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
            long id = insertVersion(fingerprint, briefs, now);
            batches.batchUpdate("""
                    INSERT INTO outbox (chat_id, library_version_id, text, created_at, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?)""", notifications, BATCH, (row, notification) -> {
                row.setLong(1, notification.chatId());
                row.setLong(2, id);
                row.setString(3, notification.text());
                row.setObject(4, now);
                row.setObject(5, now);
            });
            return id;
        });
        return Objects.requireNonNull(version);
    }

    /** The fingerprint of the last library version recorded, if any: what a restart compares the seeds with. */
    public Optional<String> lastFingerprint() {
        return jdbc.sql("SELECT fingerprint FROM library_version ORDER BY id DESC LIMIT 1")
                .query(String.class).optional();
    }

    /** Up to {@code limit} unsent notifications whose time has come, oldest first. */
    public List<Pending> due(int limit, Instant now) {
        return jdbc.sql("""
                SELECT id, chat_id, text, attempts FROM outbox
                WHERE sent_at IS NULL AND next_attempt_at <= :now ORDER BY id LIMIT :limit""")
                .param("now", utc(now)).param("limit", limit)
                .query((row, number) -> new Pending(row.getLong("id"), row.getLong("chat_id"), row.getString("text"),
                        row.getInt("attempts")))
                .list();
    }

    public void markSent(long id, Instant at) {
        jdbc.sql("UPDATE outbox SET sent_at = :at WHERE id = :id").param("at", utc(at)).param("id", id).update();
    }

    /** A failed send, to try again at {@code next}. */
    public void retryLater(long id, Instant next) {
        jdbc.sql("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next WHERE id = :id")
                .param("next", utc(next)).param("id", id).update();
    }

    /** The chat is gone: what waits for it is dropped. Returns how many. */
    public int dropChat(long chatId) {
        return jdbc.sql("DELETE FROM outbox WHERE chat_id = :chat AND sent_at IS NULL").param("chat", chatId)
                .update();
    }

    /** The group is now a supergroup under a new id: what waits for it goes there. Returns how many. */
    public int moveChat(long from, long to) {
        return jdbc.sql("UPDATE outbox SET chat_id = :to WHERE chat_id = :from AND sent_at IS NULL")
                .param("from", from).param("to", to).update();
    }

    /** Notifications not yet sent. */
    public long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").query(Long.class).single();
    }

    private long insertVersion(String fingerprint, int briefs, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO library_version (fingerprint, briefs, loaded_at) VALUES (:fingerprint, :briefs, :now)")
                .param("fingerprint", fingerprint).param("briefs", briefs).param("now", now)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
