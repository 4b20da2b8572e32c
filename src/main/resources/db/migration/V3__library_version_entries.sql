-- What each library version holds: the ids its fingerprint hashes (a brief's id, and brief-id/proposal-id for each
-- of its proposals and statements), so a start-up can tell what a brief copied in while the bot was stopped brings.
-- Portable between H2 and PostgreSQL; touches only library_version, whatever V2 did to the outbox.

-- versions recorded before this migration hold no ids: what came after them cannot be known
ALTER TABLE library_version ADD COLUMN ids_recorded BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE library_version_entry (
    library_version_id BIGINT        NOT NULL REFERENCES library_version (id),
    -- ids are slugs (lowercase letters, digits, hyphens), a brief's id its file name: "/" joins brief and proposal
    entry              VARCHAR(1000) NOT NULL,
    PRIMARY KEY (library_version_id, entry)
);

-- the version each one follows (0: the first). Bots sharing a database that take in the same new seeds (replicas
-- started from one image) both try to follow the same version: this key lets one record it and queue its
-- notifications, and the other finds the version already recorded, so no subscriber hears of it twice
ALTER TABLE library_version ADD COLUMN follows BIGINT NOT NULL DEFAULT 0;
UPDATE library_version SET follows = COALESCE(
    (SELECT MAX(earlier.id) FROM library_version earlier WHERE earlier.id < library_version.id), 0);
ALTER TABLE library_version ADD CONSTRAINT library_version_follows_once UNIQUE (follows);
