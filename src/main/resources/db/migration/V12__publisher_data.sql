-- People credited on a whole book and the subjects it is classified under, as publishers'
-- trade records (ONIX) give them.
CREATE TABLE publication_contributor (
    publication_id BIGINT        NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    name           VARCHAR(500)  NOT NULL,
    role           VARCHAR(40),
    affiliation    VARCHAR(1000),
    PRIMARY KEY (publication_id, position)
);

CREATE TABLE publication_subject (
    publication_id BIGINT        NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    scheme         VARCHAR(40)   NOT NULL,
    code           VARCHAR(100),
    heading        VARCHAR(500),
    PRIMARY KEY (publication_id, position)
);

-- The size and modification time of the capture file a chapter was last read from, so
-- that a start-up load recognises an unchanged file without reading it again.
ALTER TABLE chapter ADD COLUMN source_size BIGINT;
ALTER TABLE chapter ADD COLUMN source_modified TIMESTAMP WITH TIME ZONE;
