-- Hibernate Search's outbox-polling coordination (colophon.search.coordination=outbox-polling),
-- for several instances of the application on one database. A change to an indexed entity adds
-- a row to hsearch_outbox_event in the same transaction; the instances' event processors take
-- the rows (each instance a share of them, by entity_id_hash), index them and delete them.
-- hsearch_agent lists the running instances, which share the work out among themselves.
-- The columns are those Hibernate Search 8.2 maps (checked by spring.jpa.hibernate.ddl-auto=validate
-- when the coordination is on); the tables stay empty without it.
CREATE TABLE hsearch_agent (
    id                   UUID         NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                VARCHAR(255) NOT NULL,
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    tenant_id            VARCHAR(255),
    payload              BYTEA,
    CONSTRAINT pk_hsearch_agent PRIMARY KEY (id),
    CONSTRAINT ck_hsearch_agent_type CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING',
        'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    CONSTRAINT ck_hsearch_agent_state CHECK (state IN ('RUNNING', 'SUSPENDED', 'WAITING'))
);

CREATE TABLE hsearch_outbox_event (
    id             UUID         NOT NULL,
    entity_name    VARCHAR(256) NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_id_hash INTEGER      NOT NULL,
    payload        BYTEA        NOT NULL,
    retries        INTEGER      NOT NULL,
    process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(255) NOT NULL,
    tenant_id      VARCHAR(255),
    CONSTRAINT pk_hsearch_outbox_event PRIMARY KEY (id),
    CONSTRAINT ck_hsearch_outbox_event_status CHECK (status IN ('PENDING', 'ABORTED'))
);

-- The event processors take the events that are due, oldest first.
CREATE INDEX ix_hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);
