package org.colophon.library;

import java.util.Set;

import org.colophon.catalogue.BookInfo;

/**
 * One title of a list: a book, whether the list covers it whole or only some of its
 * chapters (then named), and whether anyone may read it without an entitlement.
 */
record Title(BookInfo book, boolean wholeBook, Set<String> chapterIds, boolean freeToRead) {

	Title {
		chapterIds = Set.copyOf(chapterIds);
	}

}
