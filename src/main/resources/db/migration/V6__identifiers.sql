-- DOIs and ISBNs, normalised by the application (DOIs in lower case, ISBNs as 13 digits),
-- so that an equality lookup on an index finds them. A DOI names one thing; an ISBN
-- may be printed on two records of the same book by different sources, so it is not
-- unique.
ALTER TABLE publication ADD COLUMN doi VARCHAR(300);
ALTER TABLE publication ADD COLUMN print_isbn VARCHAR(13);
ALTER TABLE publication ADD COLUMN online_isbn VARCHAR(13);
ALTER TABLE publication ADD CONSTRAINT uk_publication_doi UNIQUE (doi);
CREATE INDEX ix_publication_print_isbn ON publication (print_isbn);
CREATE INDEX ix_publication_online_isbn ON publication (online_isbn);

ALTER TABLE chapter ADD COLUMN doi VARCHAR(300);
ALTER TABLE chapter ADD CONSTRAINT uk_chapter_doi UNIQUE (doi);
