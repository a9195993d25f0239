-- Provider authorisations belong to the reader's id, never given to another account,
-- instead of the e-mail address, which passes to whoever signs up with it once the
-- account is deleted; and they are deleted with the reader.
ALTER TABLE provider_token ADD COLUMN reader_id BIGINT;

-- An authorisation stored before its reader's account was created belonged to an earlier
-- account with the same address: it is not carried over, and is deleted below.
UPDATE provider_token SET reader_id = (
    SELECT r.id FROM reader r
    WHERE r.email = provider_token.principal_name AND r.created_at <= provider_token.updated_at);
DELETE FROM provider_token WHERE reader_id IS NULL;

ALTER TABLE provider_token DROP CONSTRAINT uk_provider_token;
ALTER TABLE provider_token DROP COLUMN principal_name;
ALTER TABLE provider_token ALTER COLUMN reader_id SET NOT NULL;
-- Reader first, so that the index also serves the cascade when a reader is deleted.
ALTER TABLE provider_token ADD CONSTRAINT uk_provider_token UNIQUE (reader_id, registration_id);
ALTER TABLE provider_token ADD CONSTRAINT fk_provider_token_reader
    FOREIGN KEY (reader_id) REFERENCES reader (id) ON DELETE CASCADE;

-- Deliveries find their reader's authorisation by the reader's id too.
ALTER TABLE delivery DROP COLUMN principal_name;

-- The address a save was asked from: the access decision is taken again when it is sent,
-- for the reader from that address. Saves recorded before are decided for the reader
-- alone, from the unspecified address 0.0.0.0, which no client connects from.
ALTER TABLE delivery ADD COLUMN requested_from VARCHAR(64) DEFAULT '0.0.0.0' NOT NULL;
ALTER TABLE delivery ALTER COLUMN requested_from DROP DEFAULT;

-- Finds the saves that have waited too long for an authorisation.
CREATE INDEX ix_delivery_status_updated ON delivery (status, updated_at);
