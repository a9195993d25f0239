package org.colophon.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Finds the book of a chapter whose source named none, and merges a publication whose
 * details are incomplete into the book it turns out to be.
 * <p>
 * The one rule: a book is the one a contents list describes when every chapter known in
 * the book appears in the list, and the publishers and print years that both know agree.
 * A list that fits several complete books names none of them.
 */
@Component
class BookMatching {

	/** The most books a contents list is checked against. */
	private static final int MAX_CANDIDATES = 50;

	/** The longest contents list read; longer ones are cut (and match less). */
	private static final int MAX_ENTRIES = 2000;

	private final BookRepository books;

	private final ChapterRepository chapters;

	BookMatching(BookRepository books, ChapterRepository chapters) {
		this.books = books;
		this.chapters = chapters;
	}

	/**
	 * The known book whose chapters all appear in the contents list, merging into it any
	 * incomplete publications the list also describes.
	 * @param merged receives the public ids of the publications merged
	 */
	Optional<Book> findByContents(BookDetails details, List<String> contents, Instant now, List<String> merged) {
		Set<String> keys = contents.stream()
			.limit(MAX_ENTRIES)
			.map(TitleKeys::forContentsEntry)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (keys.isEmpty()) {
			return Optional.empty();
		}
		List<Book> matches = this.books.findByChapterTitleKeyIn(keys, Limit.of(MAX_CANDIDATES))
			.stream()
			.filter((book) -> book.mayBe(details) && chaptersAllIn(book, keys))
			.toList();
		List<Book> complete = matches.stream().filter((book) -> !book.isDetailsIncomplete()).toList();
		if (complete.size() == 1) {
			Book book = complete.get(0);
			matches.stream()
				.filter(Book::isDetailsIncomplete)
				.forEach((incomplete) -> merged.add(merge(incomplete, book, now)));
			return Optional.of(book);
		}
		return (complete.isEmpty() && matches.size() == 1) ? Optional.of(matches.get(0)) : Optional.empty();
	}

	/**
	 * Merges into a complete book every incomplete publication whose contents list holds
	 * the chapter just stored and all the other chapters known in the book.
	 * @return the public ids of the publications merged
	 */
	List<String> absorbInto(Book book, String chapterTitle, Instant now) {
		String key = TitleKeys.forTitle(chapterTitle);
		List<String> merged = new ArrayList<>();
		if (key == null || book.isDetailsIncomplete()) {
			return merged;
		}
		for (Book incomplete : this.books.findIncompleteListing(key, Limit.of(MAX_CANDIDATES))) {
			if (!incomplete.getId().equals(book.getId()) && incomplete.mayBe(book.details())
					&& chaptersAllIn(book, incomplete.contentsTitleKeys())) {
				merged.add(merge(incomplete, book, now));
			}
		}
		return merged;
	}

	/**
	 * Removes a publication that no chapter belongs to any more, when its details were
	 * incomplete: it stood for nothing but those chapters.
	 */
	void dropIfEmpty(Book book) {
		if (book.isDetailsIncomplete() && this.chapters.countByBook(book) == 0) {
			this.books.delete(book);
		}
	}

	private boolean chaptersAllIn(Book book, Set<String> keys) {
		List<String> known = this.chapters.findTitleKeysByBook(book, Limit.of(keys.size() + 1));
		return !known.isEmpty() && known.size() <= keys.size() && known.stream().allMatch(keys::contains);
	}

	private String merge(Book incomplete, Book book, Instant now) {
		for (Chapter chapter : this.chapters.findByBook(incomplete)) {
			chapter.moveTo(book, now);
		}
		book.offerContents(incomplete.getContents(), now);
		this.books.delete(incomplete);
		return incomplete.getPublicId();
	}

}
