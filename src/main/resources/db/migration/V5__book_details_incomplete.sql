-- A chapter capture may name no book: its publication is then known only by what the
-- capture shows (publisher, print year, the contents list) and has no title until it is
-- merged into the book it belongs to.
ALTER TABLE publication ALTER COLUMN title DROP NOT NULL;

-- Chapters and contents entries meet on a title key (the title without label, spacing or
-- case, at most 255 characters), so that a contents list finds its book by index.
ALTER TABLE chapter ADD COLUMN title_key VARCHAR(255);
UPDATE chapter SET title_key = LOWER(SUBSTRING(TRIM(title) FROM 1 FOR 255));
CREATE INDEX ix_chapter_title_key ON chapter (title_key);

ALTER TABLE publication_contents_entry ADD COLUMN title_key VARCHAR(255);
CREATE INDEX ix_publication_contents_title_key ON publication_contents_entry (title_key);
