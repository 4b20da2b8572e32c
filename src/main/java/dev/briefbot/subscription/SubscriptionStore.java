package dev.briefbot.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The subscriptions, one row per chat and filter (the database keeps them unique, whoever races). */
public class SubscriptionStore {

    private static final String COLUMNS = "chat_id, filter_kind, filter_value, created_at";
    // never matches a real region or topic: keeps "IN (...)" valid when a brief names no region or no topic
    private static final Set<String> NOTHING = Set.of("");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SubscriptionStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Subscribes the chat; false when it already was, so nothing changed. The unique key decides a race, so call this
     * outside a transaction of your own (PostgreSQL aborts a transaction after a failed insert).
     */
    public boolean add(long chatId, Filter filter) {
        try {
            jdbc.sql("INSERT INTO subscription (" + COLUMNS + ") VALUES (:chat, :kind, :value, :now)")
                    .param("chat", chatId).param("kind", filter.kind().name()).param("value", filter.value())
                    .param("now", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                    .update();
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** Ends one subscription; false when the chat had none like it. */
    public boolean remove(long chatId, Filter filter) {
        return jdbc.sql("DELETE FROM subscription WHERE chat_id = :chat AND filter_kind = :kind AND filter_value = :value")
                .param("chat", chatId).param("kind", filter.kind().name()).param("value", filter.value())
                .update() > 0;
    }

    /** Ends every subscription of the chat, and says how many there were. */
    public int removeAll(long chatId) {
        return jdbc.sql("DELETE FROM subscription WHERE chat_id = :chat").param("chat", chatId).update();
    }

    /** The chat's subscriptions, oldest first. */
    public List<Subscription> of(long chatId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE chat_id = :chat ORDER BY created_at, id")
                .param("chat", chatId).query(SubscriptionStore::subscription).list();
    }

    /** Every subscription, by chat then age. */
    public List<Subscription> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription ORDER BY chat_id, created_at, id")
                .query(SubscriptionStore::subscription).list();
    }

    /**
     * The subscriptions a change to the library reaches: every ALL, and those on one of these region ids or topics
     * (compared as stored: gazetteer ids, topics as the briefs spell them). By chat then age, so a chat's are together.
     */
    public List<Subscription> matching(Set<String> regions, Set<String> topics) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM subscription WHERE filter_kind = 'ALL'
                OR (filter_kind = 'REGION' AND filter_value IN (:regions))
                OR (filter_kind = 'TOPIC' AND filter_value IN (:topics))
                ORDER BY chat_id, created_at, id""")
                .param("regions", regions.isEmpty() ? NOTHING : regions)
                .param("topics", topics.isEmpty() ? NOTHING : topics)
                .query(SubscriptionStore::subscription).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM subscription").query(Long.class).single();
    }

    /**
     * A group became a supergroup under a new id: its subscriptions move there, merged with any the new id already
     * has. Returns how many moved.
     */
    public int moveChat(long from, long to) {
        Integer moved = transactions.execute(status -> {
            int count = jdbc.sql("""
                    UPDATE subscription SET chat_id = :to WHERE chat_id = :from AND NOT EXISTS (
                        SELECT 1 FROM subscription already WHERE already.chat_id = :to
                        AND already.filter_kind = subscription.filter_kind
                        AND already.filter_value = subscription.filter_value)""")
                    .param("from", from).param("to", to).update();
            removeAll(from);
            return count;
        });
        return moved == null ? 0 : moved;
    }

    private static Subscription subscription(ResultSet row, int number) throws SQLException {
        return new Subscription(row.getLong("chat_id"),
                new Filter(Filter.Kind.valueOf(row.getString("filter_kind")), row.getString("filter_value")),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
