-- COUNTER usage reports: robots are flagged when a request is recorded, reports are
-- computed per institution and month from the time index, and SUSHI credentials are
-- issued per institution with the API key kept only as its SHA-256 hash.
ALTER TABLE usage_event ADD COLUMN robot BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX ix_usage_event_institution ON usage_event (institution_id, occurred_at);

CREATE TABLE sushi_credential (
    institution_id BIGINT      NOT NULL PRIMARY KEY REFERENCES institution (id) ON DELETE CASCADE,
    customer_id    VARCHAR(32) NOT NULL,
    requestor_id   VARCHAR(64) NOT NULL,
    api_key_hash   VARCHAR(64) NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_sushi_credential_customer UNIQUE (customer_id)
);
