package dev.briefbot.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefbot.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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

    /** One message for one chat, with the follow-ups to show as buttons under it. */
    public record Notification(long chatId, String text, List<Answer.Suggestion> suggestions) {

        public Notification {
            Objects.requireNonNull(text, "text");
            suggestions = List.copyOf(suggestions);
        }
    }

    /** A notification not yet sent, its buttons, and how often sending it has failed. */
    public record Pending(long id, long chatId, String text, List<Answer.Suggestion> suggestions, int attempts) {

        public Pending {
            suggestions = List.copyOf(suggestions);
        }
    }

    // a broadcast to thousands of chats goes to the database in a few round trips, not one per chat
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Answer.Suggestion>> SUGGESTIONS = new TypeReference<>() {
    };
    private static final Logger log = LoggerFactory.getLogger(OutboxStore.class);

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

    /**
     * Records the version a change leads to, after {@code follows} (empty: the first), with the ids it holds and the
     * notifications it brings, all or nothing; returns the version's id.
     *
     * @throws DuplicateKeyException when another bot sharing the database recorded a version after {@code follows}
     *                               first: nothing is recorded, and the caller compares with that one instead
     */
    public long recordVersion(LibraryChange change, Optional<RecordedVersion> follows,
            List<Notification> notifications) {
        long previous = follows.map(RecordedVersion::id).orElse(0L);
        Long version = transactions.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
            long id = insertVersion(change.fingerprint(), change.briefs(), change.ids(), previous, now);
            insertNotifications(id, now, notifications);
            return id;
        });
        return Objects.requireNonNull(version);
    }

    /** A library version as recorded: its ids are empty when it was recorded before they were kept. */
    public record RecordedVersion(long id, String fingerprint, Optional<Set<String>> ids) {
    }

    /** The last library version recorded, if any, with what it holds: what a new version is compared with. */
    public Optional<RecordedVersion> lastVersion() {
        record Row(long id, String fingerprint, boolean idsRecorded) {
        }
        // the ids are read after the row, not inside its mapper: one connection at a time
        return jdbc.sql("SELECT id, fingerprint, ids_recorded FROM library_version ORDER BY id DESC LIMIT 1")
                .query((row, number) -> new Row(row.getLong("id"), row.getString("fingerprint"),
                        row.getBoolean("ids_recorded")))
                .optional()
                .map(last -> new RecordedVersion(last.id(), last.fingerprint(),
                        last.idsRecorded() ? Optional.of(ids(last.id())) : Optional.empty()));
    }

    /**
     * Claims up to {@code limit} unsent notifications whose time has come, oldest first, for {@code lease}: until
     * then they are nobody else's (another replica's claim skips them, without waiting for this one), and if the
     * claimer dies they are due again when it ends. A notification is left while an older one of its chat waits, so
     * that a chat hears its notifications in order (unless two claims take one chat's rows in the same instant).
     */
    public List<Pending> claim(int limit, Instant now, Duration lease) {
        return Objects.requireNonNull(transactions.execute(status -> {
            List<Pending> claimed = jdbc.sql("""
                    SELECT id, chat_id, text, suggestions, attempts FROM outbox waiting
                    WHERE sent_at IS NULL AND next_attempt_at <= :now
                      AND NOT EXISTS (SELECT 1 FROM outbox older WHERE older.chat_id = waiting.chat_id
                          AND older.id < waiting.id AND older.sent_at IS NULL AND older.next_attempt_at > :now)
                    ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                    .param("now", utc(now)).param("limit", limit)
                    .query((row, number) -> new Pending(row.getLong("id"), row.getLong("chat_id"),
                            row.getString("text"), suggestions(row.getString("suggestions")), row.getInt("attempts")))
                    .list();
            postpone(claimed.stream().map(Pending::id).toList(), now.plus(lease));
            return claimed;
        }));
    }

    public void markSent(long id, Instant at) {
        jdbc.sql("UPDATE outbox SET sent_at = :at WHERE id = :id").param("at", utc(at)).param("id", id).update();
    }

    /** A failed send, to try again at {@code next}. */
    public void retryLater(long id, Instant next) {
        jdbc.sql("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next WHERE id = :id")
                .param("next", utc(next)).param("id", id).update();
    }

    /**
     * Notifications that did not fail, to be due at {@code until}: they waited behind one that did, or their claim is
     * given back. Unlike {@link #retryLater}, no attempt is counted, so their back-off does not grow.
     */
    public void postpone(Collection<Long> ids, Instant until) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE outbox SET next_attempt_at = :until WHERE id IN (:ids) AND sent_at IS NULL")
                    .param("until", utc(until)).param("ids", ids).update();
        }
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

    private void insertNotifications(long versionId, OffsetDateTime now, List<Notification> notifications) {
        batches.batchUpdate("""
                INSERT INTO outbox (chat_id, library_version_id, text, suggestions, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?)""", notifications, BATCH, (row, notification) -> {
            row.setLong(1, notification.chatId());
            row.setLong(2, versionId);
            row.setString(3, notification.text());
            row.setString(4, json(notification.suggestions()));
            row.setObject(5, now);
            row.setObject(6, now);
        });
    }

    /** Notifications not yet sent. */
    public long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").query(Long.class).single();
    }

    private long insertVersion(String fingerprint, int briefs, Set<String> ids, long follows, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO library_version (fingerprint, briefs, loaded_at, ids_recorded, follows)
                VALUES (:fingerprint, :briefs, :now, :recorded, :follows)""")
                .param("fingerprint", fingerprint).param("briefs", briefs).param("now", now)
                .param("recorded", true).param("follows", follows)
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        insertIds(id, ids);
        return id;
    }

    private void insertIds(long version, Set<String> ids) {
        batches.batchUpdate("INSERT INTO library_version_entry (library_version_id, entry) VALUES (?, ?)",
                List.copyOf(ids), BATCH, (row, entry) -> {
                    row.setLong(1, version);
                    row.setString(2, entry);
                });
    }

    private Set<String> ids(long version) {
        return Set.copyOf(jdbc.sql("SELECT entry FROM library_version_entry WHERE library_version_id = :version")
                .param("version", version).query(String.class).list());
    }

    // JSON, not a home-made format: a label may hold any character, and Jackson is on the classpath anyway
    private static String json(List<Answer.Suggestion> suggestions) {
        try {
            return JSON.writeValueAsString(suggestions);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Suggestions cannot be written as JSON: " + suggestions, e);
        }
    }

    /** The stored buttons; none if they cannot be read, for the text matters more than its buttons. */
    private static List<Answer.Suggestion> suggestions(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, SUGGESTIONS);
        } catch (JsonProcessingException e) {
            log.warn("A notification's buttons cannot be read and are left out: {}", e.getOriginalMessage());
            return List.of();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
