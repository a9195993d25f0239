-- One version per kind of change that pages depend on: the catalogue (books, chapters,
-- their full text) and access (institutions and their ranges, entitlements, policies,
-- prices). Every transaction that changes such a record raises its kind's version, so
-- every instance sharing the database knows at once that cached pages are stale.
CREATE TABLE page_version (
    kind VARCHAR(16) PRIMARY KEY,
    version BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO page_version (kind, version, changed_at) VALUES ('CATALOGUE', 0, CURRENT_TIMESTAMP);
INSERT INTO page_version (kind, version, changed_at) VALUES ('ACCESS', 0, CURRENT_TIMESTAMP);
