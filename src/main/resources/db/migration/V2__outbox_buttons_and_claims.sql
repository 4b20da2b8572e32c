-- A notification's buttons travel with its text: its suggestions as a JSON array of {"label", "command"} (TEXT, so
-- H2 and PostgreSQL read it alike). Rows written before this version had none.
ALTER TABLE outbox ADD COLUMN suggestions TEXT NOT NULL DEFAULT '[]';

-- Claims need no column: a worker that claims a row moves its next_attempt_at to the end of its lease. This index
-- serves the claim's check that no older notification of the same chat is still waiting (order per chat).
CREATE INDEX outbox_chat_order ON outbox (chat_id, id);
