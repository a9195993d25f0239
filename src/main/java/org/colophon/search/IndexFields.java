package org.colophon.search;

/**
 * The names of the index's fields, shared by the mapping and the queries.
 */
final class IndexFields {

	static final String KEY = "key";

	static final String ID = "publicId";

	static final String TITLE = "title";

	static final String TITLE_NEUTRAL = "title_neutral";

	static final String TITLE_EXACT = "title_exact";

	static final String TITLE_SORT = "title_sort";

	static final String TITLE_SUGGEST = "title_suggest";

	static final String LABEL = "label";

	static final String PART = "part";

	static final String TYPE = "type";

	static final String PUBLISHED = "published";

	static final String PUBLISHED_SORT = "published_sort";

	static final String SUMMARY = "summary";

	static final String ACCESS = "access";

	static final String CONTRIBUTOR_NAME = "contributors.name";

	static final String CONTRIBUTOR_NAME_SUGGEST = "contributors.name_suggest";

	static final String CONTRIBUTOR_AFFILIATION = "contributors.affiliation";

	static final String BOOK_ID = "book.publicId";

	static final String BOOK_TITLE = "book.title";

	static final String BOOK_SUBTITLE = "book.subtitle";

	static final String BOOK_PUBLISHER = "book.publisher";

	static final String BOOK_PUBLISHER_FACET = "book.publisher_facet";

	static final String BOOK_YEAR = "book.year";

	/** A chapter's DOI, normalised as the catalogue keeps it. */
	static final String DOI = "doi";

	/** The book's DOI. */
	static final String BOOK_DOI = "book.doi";

	/** The book's print ISBN-13. */
	static final String BOOK_PRINT_ISBN = "book.print_isbn";

	/** The book's online ISBN-13. */
	static final String BOOK_ONLINE_ISBN = "book.online_isbn";

	private IndexFields() {
	}

}
