-- Browsing by print year or by publisher lists that year's or that publisher's books A to Z
-- a keyset page at a time, and counts the books of each year or publisher. Both read only
-- these indexes, so a page costs the same with a hundred thousand books as with ten.
CREATE INDEX ix_publication_year_title ON publication (print_publication_year, title, id);
CREATE INDEX ix_publication_publisher_title ON publication (publisher, title, id);
