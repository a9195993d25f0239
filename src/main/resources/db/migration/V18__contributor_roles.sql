-- What each contributor did for a chapter (author, editor, chair, translator) and the
-- person's ORCID iD, as publishers' Crossref deposits give them. Both are unknown for
-- chapters read from captured pages, so both may be empty.
ALTER TABLE chapter_contributor ADD COLUMN role VARCHAR(20);
ALTER TABLE chapter_contributor ADD COLUMN orcid VARCHAR(40);
