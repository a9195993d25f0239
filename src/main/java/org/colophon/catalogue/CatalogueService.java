package org.colophon.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.colophon.catalogue.StoreOutcome.BookMatch;
import org.colophon.catalogue.StoreOutcome.Change;
import org.colophon.system.KeysetPage;
import org.colophon.system.KeysetPaging;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogue for pages and APIs; every list is a keyset page so its cost does
 * not grow with the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

	private final BookRepository books;

	private final ChapterRepository chapters;

	private final KeysetPaging paging;

	private final Clock clock;

	private final BookMatching matching;

	CatalogueService(BookRepository books, ChapterRepository chapters, KeysetPaging paging, Clock clock,
			BookMatching matching) {
		this.books = books;
		this.chapters = chapters;
		this.paging = paging;
		this.clock = clock;
		this.matching = matching;
	}

	/**
	 * Creates or revises the chapter known by {@code sourceKey} and the book it belongs
	 * to, in one transaction. A source whose hash is unchanged changes nothing. The book
	 * is the one with the same DOI or ISBN when the details carry one, else the one with
	 * the same title, subtitle, publisher and year.
	 * <p>
	 * Book details without a title name no book: the chapter then goes to the book with
	 * the same DOI or ISBN, or else to the known book whose chapters all appear in
	 * {@code bookContents}, or else to a publication whose details are incomplete, shared
	 * by the sources that print the same publisher, year and contents. Such a publication
	 * is merged into a complete book as soon as a stored chapter shows it is that book
	 * (see {@link BookMatching}).
	 */
	@Transactional
	public StoreOutcome store(String sourceKey, String sourceHash, BookDetails bookDetails, List<String> bookContents,
			ChapterDetails details) {
		return store(sourceKey, sourceHash, null, bookDetails, bookContents, details);
	}

	/**
	 * Stores a chapter as
	 * {@link #store(String, String, BookDetails, List, ChapterDetails)} does, and
	 * remembers the size and modification time of the file it was read from (see
	 * {@link #unchangedSource}).
	 */
	@Transactional
	public StoreOutcome store(String sourceKey, String sourceHash, SourceFile file, BookDetails bookDetails,
			List<String> bookContents, ChapterDetails details) {
		Instant now = this.clock.instant();
		Optional<Chapter> existing = this.chapters.findBySourceKey(sourceKey);
		if (existing.isPresent() && existing.get().isFrom(sourceHash)) {
			if (file != null) {
				existing.get().readFrom(file);
			}
			return new StoreOutcome(existing.get().getPublicId(), existing.get().getBook().getPublicId(),
					Change.UNCHANGED);
		}
		List<String> merged = new ArrayList<>();
		Book book;
		BookMatch match;
		if (bookDetails.title() != null) {
			book = findBook(bookDetails)
				.orElseGet(() -> this.books.save(new Book(newBookId(bookDetails), bookDetails, now)));
			book.describe(bookDetails, now);
			match = BookMatch.DESCRIBED;
		}
		else {
			Optional<Book> identified = findByIdentifiers(bookDetails);
			Optional<Book> found = identified
				.or(() -> this.matching.findByContents(bookDetails, bookContents, now, merged));
			Optional<Book> kept = existing.map(Chapter::getBook).filter((current) -> !current.isDetailsIncomplete());
			book = found.or(() -> kept).orElseGet(() -> unnamedBook(sourceKey, bookDetails, bookContents, now));
			if (book.isDetailsIncomplete()) {
				match = BookMatch.DETAILS_INCOMPLETE;
			}
			else {
				match = identified.isPresent() ? BookMatch.BY_IDENTIFIER
						: found.isPresent() ? BookMatch.BY_CONTENTS : BookMatch.KEPT;
			}
		}
		book.offerContents(bookContents, now);
		Chapter chapter;
		Change change;
		if (existing.isPresent()) {
			chapter = existing.get();
			Book before = chapter.getBook();
			chapter.revise(sourceHash, book, details, now);
			if (!before.getId().equals(book.getId())) {
				this.matching.dropIfEmpty(before);
			}
			change = Change.UPDATED;
		}
		else {
			chapter = this.chapters
				.save(new Chapter(PublicIds.forSource(sourceKey), sourceKey, sourceHash, book, details, now));
			change = Change.CREATED;
		}
		if (file != null) {
			chapter.readFrom(file);
		}
		merged.addAll(this.matching.absorbInto(book, details.title(), now));
		return new StoreOutcome(chapter.getPublicId(), book.getPublicId(), change, match, merged);
	}

	/**
	 * The outcome of storing the chapter known by {@code sourceKey} again when its file
	 * still has the size and modification time it had when it was stored: unchanged,
	 * without reading the file. Empty when the file may have changed.
	 */
	public Optional<StoreOutcome> unchangedSource(String sourceKey, SourceFile file) {
		return this.chapters.findBySourceKey(sourceKey)
			.filter((chapter) -> chapter.isFrom(file))
			.map((chapter) -> new StoreOutcome(chapter.getPublicId(), chapter.getBook().getPublicId(),
					Change.UNCHANGED));
	}

	private Book unnamedBook(String sourceKey, BookDetails details, List<String> contents, Instant now) {
		String id = PublicIds.forUnnamedBook(details, contents, sourceKey);
		return this.books.findByPublicId(id).orElseGet(() -> this.books.save(new Book(id, details, now)));
	}

	/**
	 * Creates or revises a book and the chapters a source gives for it, all in one
	 * transaction, so that a failure leaves neither. The book is found as {@link #store}
	 * finds it; a chapter by its source key, else by its DOI (so that a chapter first
	 * loaded from another source is revised, not duplicated). A chapter whose hash is
	 * unchanged is left as it is.
	 * @throws IllegalArgumentException when the book or a chapter cannot be stored as
	 * described
	 */
	@Transactional
	public BookStoreOutcome storeBook(BookDetails bookDetails, List<ChapterSource> sources) {
		return storeBook(bookDetails, BookProfile.NONE, sources);
	}

	/**
	 * Creates or revises a book with its profile (contributors and subjects) and
	 * chapters, as {@link #storeBook(BookDetails, List)} does; a list the profile leaves
	 * empty keeps what the book has.
	 * @throws IllegalArgumentException when the book or a chapter cannot be stored as
	 * described
	 */
	@Transactional
	public BookStoreOutcome storeBook(BookDetails bookDetails, BookProfile profile, List<ChapterSource> sources) {
		Instant now = this.clock.instant();
		Optional<Book> found = findBook(bookDetails);
		Change bookChange;
		Book book;
		if (found.isPresent()) {
			book = found.get();
			boolean described = book.describe(bookDetails, now);
			boolean profiled = book.profile(profile, now);
			bookChange = (described || profiled) ? Change.UPDATED : Change.UNCHANGED;
		}
		else {
			book = this.books.save(new Book(newBookId(bookDetails), bookDetails, now));
			book.profile(profile, now);
			bookChange = Change.CREATED;
		}
		KnownChapters known = knownChapters(sources);
		List<StoreOutcome> outcomes = new ArrayList<>(sources.size());
		for (ChapterSource source : sources) {
			outcomes.add(storeChapter(book, source, known, now));
		}
		return new BookStoreOutcome(book.getPublicId(), bookChange, outcomes);
	}

	/**
	 * The stored chapters that these sources may revise, found by source key or DOI in
	 * two queries for the whole book rather than two per chapter.
	 */
	private KnownChapters knownChapters(List<ChapterSource> sources) {
		if (sources.isEmpty()) {
			return new KnownChapters(new HashMap<>(), new HashMap<>());
		}
		Set<String> keys = new HashSet<>();
		Set<String> dois = new HashSet<>();
		for (ChapterSource source : sources) {
			keys.add(source.sourceKey());
			if (source.details().doi() != null) {
				dois.add(source.details().doi());
			}
		}
		KnownChapters known = new KnownChapters(new HashMap<>(), new HashMap<>());
		if (!dois.isEmpty()) {
			this.chapters.findByDoiIn(dois).forEach((chapter) -> known.byDoi().put(chapter.getDoi(), chapter));
		}
		this.chapters.findBySourceKeyIn(keys).forEach((chapter) -> known.byKey().put(chapter.getSourceKey(), chapter));
		return known;
	}

	/**
	 * Stored chapters by source key and by DOI, with those this book's sources create
	 * added as they are (a source may repeat a key or DOI of an earlier one).
	 */
	private record KnownChapters(Map<String, Chapter> byKey, Map<String, Chapter> byDoi) {

		void add(Chapter chapter) {
			this.byKey.put(chapter.getSourceKey(), chapter);
			if (chapter.getDoi() != null) {
				this.byDoi.put(chapter.getDoi(), chapter);
			}
		}

		Optional<Chapter> find(ChapterSource source) {
			Chapter chapter = this.byKey.get(source.sourceKey());
			if (chapter == null && source.details().doi() != null) {
				chapter = this.byDoi.get(source.details().doi());
			}
			return Optional.ofNullable(chapter);
		}

	}

	private StoreOutcome storeChapter(Book book, ChapterSource source, KnownChapters known, Instant now) {
		Optional<Chapter> existing = known.find(source);
		if (existing.isPresent()) {
			Chapter chapter = existing.get();
			if (chapter.isFrom(source.sourceHash()) && chapter.getBook() == book) {
				return new StoreOutcome(chapter.getPublicId(), book.getPublicId(), Change.UNCHANGED);
			}
			chapter.revise(source.sourceHash(), book, source.details(), now);
			known.add(chapter);
			return new StoreOutcome(chapter.getPublicId(), book.getPublicId(), Change.UPDATED);
		}
		Chapter chapter = this.chapters.save(new Chapter(PublicIds.forSource(source.sourceKey()), source.sourceKey(),
				source.sourceHash(), book, source.details(), now));
		known.add(chapter);
		return new StoreOutcome(chapter.getPublicId(), book.getPublicId(), Change.CREATED);
	}

	private Optional<Book> findBook(BookDetails details) {
		return findByIdentifiers(details).or(() -> this.books.findByPublicId(PublicIds.forBook(details))
			.filter((sameTitle) -> details.doi() == null || sameTitle.getDoi() == null
					|| sameTitle.getDoi().equals(details.doi())));
	}

	private Optional<Book> findByIdentifiers(BookDetails details) {
		Optional<Book> book = Optional.empty();
		if (details.doi() != null) {
			book = this.books.findByDoi(details.doi());
		}
		for (String isbn : new String[] { details.printIsbn(), details.onlineIsbn() }) {
			if (book.isEmpty() && isbn != null) {
				book = this.books.findByIsbn(isbn);
			}
		}
		return book;
	}

	/**
	 * The public id of a new book: from its title, subtitle, publisher and year, unless
	 * another book with another DOI has that one already (then from its DOI).
	 */
	private String newBookId(BookDetails details) {
		String id = PublicIds.forBook(details);
		if (details.doi() != null && this.books.findIdByPublicId(id).isPresent()) {
			return PublicIds.forBookDoi(details.doi());
		}
		return id;
	}

	/**
	 * The book with this DOI, in any of the forms {@link Doi#parse} reads; empty when
	 * there is none or the text is not a DOI.
	 */
	public Optional<BookInfo> bookByDoi(String doi) {
		return Doi.parse(doi).flatMap(this.books::findByDoi).map(BookInfo::of);
	}

	/**
	 * The book whose print or online edition has this ISBN (ISBN-10 or ISBN-13, with or
	 * without hyphens); empty when there is none or the text is not an ISBN.
	 */
	public Optional<BookInfo> bookByIsbn(String isbn) {
		return Isbn.parse(isbn).flatMap((normalised) -> this.books.findByIsbn(normalised)).map(BookInfo::of);
	}

	/**
	 * The chapter with this DOI, with its book; empty when there is none or the text is
	 * not a DOI.
	 */
	public Optional<ChapterInfo> chapterByDoi(String doi) {
		return Doi.parse(doi).flatMap(this.chapters::findByDoi).map(ChapterInfo::of);
	}

	/**
	 * The contributors and subjects of the publication with this public id.
	 * @throws BookNotFoundException when there is none
	 */
	public BookProfile bookProfile(String id) {
		return this.books.findByPublicId(id).map(Book::getProfile).orElseThrow(() -> new BookNotFoundException(id));
	}

	/**
	 * The chapter with this public id, with its book.
	 * @throws ChapterNotFoundException when there is none
	 */
	public ChapterInfo chapter(String id) {
		return this.chapters.findByPublicId(id)
			.map(ChapterInfo::of)
			.orElseThrow(() -> new ChapterNotFoundException(id));
	}

	/**
	 * The publication with this public id.
	 * @throws BookNotFoundException when there is none
	 */
	public BookInfo book(String id) {
		return this.books.findByPublicId(id).map(BookInfo::of).orElseThrow(() -> new BookNotFoundException(id));
	}

	/**
	 * A publication with its chapters in reading order (first page, then label).
	 * @throws BookNotFoundException when there is no such publication
	 */
	public BookWithChapters bookWithChapters(String id) {
		Book book = this.books.findByPublicId(id).orElseThrow(() -> new BookNotFoundException(id));
		return new BookWithChapters(BookInfo.of(book), this.chapters.findHeadingsByBookIn(List.of(book)));
	}

	/**
	 * A page of publications by title, each with its chapters, after the publication
	 * whose id is the cursor ({@code null} for the first page).
	 */
	public KeysetPage<BookWithChapters> booksByTitle(String after, int size) {
		KeysetPage<Book> page = this.paging.page(size, (limit) -> booksByTitleAfter(after, limit), Book::getPublicId);
		Map<String, List<ChapterHeading>> headings = page.items().isEmpty() ? Map.of()
				: this.chapters.findHeadingsByBookIn(page.items())
					.stream()
					.collect(Collectors.groupingBy(ChapterHeading::bookId));
		return page.map((book) -> new BookWithChapters(BookInfo.of(book),
				headings.getOrDefault(book.getPublicId(), List.of())));
	}

	/**
	 * The print years of the named books, newest first, with how many books each has: one
	 * {@code GROUP BY} over the index on (print year, title, id), which reads the index
	 * alone. Books without a print year, and books not yet named, are left out; they are
	 * listed A to Z only.
	 */
	public List<YearCount> printYears() {
		return this.books.countByYear();
	}

	/**
	 * A page of the named books printed in {@code year}, A to Z by title, then by id. The
	 * cursor is the public id of the last book of the previous page, {@code null} for the
	 * first page; a cursor that names no book of that year ends the list.
	 * @throws PrintYearNotFoundException when the first page is empty: no named book was
	 * printed that year
	 */
	public KeysetPage<BookInfo> booksOfYear(int year, String after, int size) {
		KeysetPage<Book> page = this.paging.page(size, (limit) -> {
			if (after == null) {
				return this.books.findFirstOfYear(year, limit);
			}
			return this.books.findByPublicId(after)
				.filter((cursor) -> Integer.valueOf(year).equals(cursor.getPrintPublicationYear()))
				.filter((cursor) -> !cursor.isDetailsIncomplete())
				.map((cursor) -> this.books.findOfYearAfter(year, cursor.getTitle(), cursor.getId(), limit))
				.orElse(List.of());
		}, Book::getPublicId);
		if (after == null && page.items().isEmpty()) {
			throw new PrintYearNotFoundException(year);
		}
		return page.map(BookInfo::of);
	}

	/**
	 * A page of the publishers of named books, by name, with how many books each has: a
	 * {@code GROUP BY} over the index on (publisher, title, id), resumed after the
	 * publisher named by the cursor ({@code null} for the first page), so that a
	 * catalogue with thousands of publishers is listed a page at a time.
	 */
	public KeysetPage<PublisherCount> publishers(String after, int size) {
		return this.paging.page(size, (limit) -> this.books.countByPublisherAfter((after != null) ? after : "", limit),
				PublisherCount::publisher);
	}

	/**
	 * A page of the named books of the publisher with exactly this name, A to Z by title,
	 * then by id, with a cursor as {@link #booksOfYear} has.
	 * @throws PublisherNotFoundException when the first page is empty: no named book has
	 * that publisher
	 */
	public KeysetPage<BookInfo> booksOfPublisher(String publisher, String after, int size) {
		KeysetPage<Book> page = this.paging.page(size, (limit) -> {
			if (after == null) {
				return this.books.findFirstOfPublisher(publisher, limit);
			}
			return this.books.findByPublicId(after)
				.filter((cursor) -> publisher.equals(cursor.getPublisher()))
				.filter((cursor) -> !cursor.isDetailsIncomplete())
				.map((cursor) -> this.books.findOfPublisherAfter(publisher, cursor.getTitle(), cursor.getId(), limit))
				.orElse(List.of());
		}, Book::getPublicId);
		if (after == null && page.items().isEmpty()) {
			throw new PublisherNotFoundException(publisher);
		}
		return page.map(BookInfo::of);
	}

	/**
	 * A page of chapters in id order after the chapter whose public id is the cursor.
	 */
	public KeysetPage<ChapterInfo> chapters(String after, int size) {
		long afterId = (after == null) ? 0L
				: this.chapters.findByPublicId(after).map(Chapter::getId).orElse(Long.MAX_VALUE);
		return this.paging
			.page(size, (limit) -> this.chapters.findByIdGreaterThanOrderByIdAsc(afterId, limit), Chapter::getPublicId)
			.map(ChapterInfo::of);
	}

	/**
	 * A page of the chapters that changed as the query says, oldest change first, ordered
	 * by (last change, id) so that a change during a harvest never hides a record from a
	 * later page. The cursor is opaque: pass back what {@link KeysetPage#nextCursor()}
	 * returned, or {@code null} for the first page.
	 * @throws IllegalArgumentException when the cursor was not made by this method
	 */
	public KeysetPage<ChapterInfo> changedBetween(ChangeQuery query, String after, int size) {
		ChangeCursor from = (after != null) ? ChangeCursor.parse(after) : new ChangeCursor(query.from(), 0L);
		Function<Limit, List<Chapter>> changed;
		if (query.bookId() == null) {
			changed = (limit) -> this.chapters.findChanged(query.from(), query.until(), from.updatedAt(), from.id(),
					limit);
		}
		else {
			Optional<Long> book = this.books.findIdByPublicId(query.bookId());
			if (book.isEmpty()) {
				return new KeysetPage<>(List.of(), null);
			}
			changed = (limit) -> this.chapters.findChangedIn(book.get(), query.from(), query.until(), from.updatedAt(),
					from.id(), limit);
		}
		return this.paging.page(size, changed, ChangeCursor::after).map(ChapterInfo::of);
	}

	/**
	 * How many chapters {@link #changedBetween} would list over all its pages.
	 */
	public long countChangedBetween(ChangeQuery query) {
		if (query.bookId() == null) {
			return this.chapters.countChanged(query.from(), query.until());
		}
		return this.books.findIdByPublicId(query.bookId())
			.map((id) -> this.chapters.countChangedIn(id, query.from(), query.until()))
			.orElse(0L);
	}

	/**
	 * When the least recently changed chapter changed, empty for an empty catalogue.
	 */
	public Optional<Instant> earliestChange() {
		return this.chapters.findEarliestUpdate();
	}

	/**
	 * Whether a chapter has this public id, without loading it.
	 */
	public boolean hasChapter(String id) {
		return this.chapters.findIdByPublicId(id).isPresent();
	}

	/**
	 * A page of publications in the order they were added, after the one whose public id
	 * is the cursor.
	 */
	public KeysetPage<BookInfo> books(String after, int size) {
		long afterId = (after == null) ? 0L : this.books.findIdByPublicId(after).orElse(Long.MAX_VALUE);
		return this.paging
			.page(size, (limit) -> this.books.findByIdGreaterThanOrderByIdAsc(afterId, limit), Book::getPublicId)
			.map(BookInfo::of);
	}

	/**
	 * How many publications the catalogue holds.
	 */
	public long countBooks() {
		return this.books.count();
	}

	/**
	 * A page of chapter headings in the order the chapters were added, after the chapter
	 * whose public id is the cursor; cheap enough to walk the whole catalogue for a site
	 * map.
	 */
	public KeysetPage<ChapterHeading> chapterHeadings(String after, int size) {
		long afterId = (after == null) ? 0L : this.chapters.findIdByPublicId(after).orElse(Long.MAX_VALUE);
		return this.paging.page(size, (limit) -> this.chapters.findHeadingsAfter(afterId, limit), ChapterHeading::id);
	}

	/**
	 * The number in the order of addition of the last publication added, {@code 0} when
	 * there is none: publications are numbered from 1 as they are added (with gaps where
	 * one was removed), so that lists too long for one answer can be split into slices of
	 * that number ({@link #booksInSlice}).
	 */
	public long lastBookNumber() {
		return this.books.findLastId().orElse(0L);
	}

	/**
	 * Whether any publication's number in the order of addition lies in the slice
	 * {@code (from, upTo]}.
	 */
	public boolean hasBooksInSlice(long from, long upTo) {
		return this.books.existsByIdGreaterThanAndIdLessThanEqual(from, upTo);
	}

	/**
	 * A page of the publications whose number in the order of addition lies in the slice
	 * {@code (from, upTo]}, in that order, after the one whose public id is the cursor.
	 */
	public KeysetPage<BookInfo> booksInSlice(long from, long upTo, String after, int size) {
		long afterId = (after == null) ? from : Math.max(from, this.books.findIdByPublicId(after).orElse(upTo));
		return this.paging
			.page(size, (limit) -> this.books.findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(afterId, upTo, limit),
					Book::getPublicId)
			.map(BookInfo::of);
	}

	/**
	 * The number in the order of addition of the last chapter added, {@code 0} when there
	 * is none (see {@link #lastBookNumber}).
	 */
	public long lastChapterNumber() {
		return this.chapters.findLastId().orElse(0L);
	}

	/**
	 * Whether any chapter's number in the order of addition lies in the slice
	 * {@code (from, upTo]}.
	 */
	public boolean hasChaptersInSlice(long from, long upTo) {
		return this.chapters.existsByIdGreaterThanAndIdLessThanEqual(from, upTo);
	}

	/**
	 * A page of the headings of the chapters whose number in the order of addition lies
	 * in the slice {@code (from, upTo]}, in that order, after the one whose public id is
	 * the cursor.
	 */
	public KeysetPage<ChapterHeading> chapterHeadingsInSlice(long from, long upTo, String after, int size) {
		long afterId = (after == null) ? from : Math.max(from, this.chapters.findIdByPublicId(after).orElse(upTo));
		return this.paging.page(size, (limit) -> this.chapters.findHeadingsBetween(afterId, upTo, limit),
				ChapterHeading::id);
	}

	/**
	 * The publications with these public ids, in the order of the ids given; ids that
	 * name no publication are left out.
	 */
	public List<BookInfo> books(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, BookInfo> found = this.books.findByPublicIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Book::getPublicId, BookInfo::of));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * Which of these publications have a chapter whose source says that reading it needs
	 * access.
	 */
	public Set<String> booksRequiringAccess(Collection<String> bookIds) {
		return bookIds.isEmpty() ? Set.of() : Set.copyOf(this.chapters.findBookIdsWithAccessRequiredIn(bookIds));
	}

	/**
	 * The public id of each chapter's publication, by chapter id; ids that name no
	 * chapter are left out.
	 */
	public Map<String, String> bookIdsOfChapters(Collection<String> chapterIds) {
		if (chapterIds.isEmpty()) {
			return Map.of();
		}
		return this.chapters.findBookIdsOfChapters(chapterIds)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row[0], (row) -> (String) row[1]));
	}

	/**
	 * Books with a title in title order, then those without one (details not in the
	 * source) in the order they were added.
	 */
	private List<Book> booksByTitleAfter(String after, Limit limit) {
		List<Book> titled;
		long untitledAfter = 0L;
		if (after == null) {
			titled = this.books.findFirstByTitle(limit);
		}
		else {
			Optional<Book> cursor = this.books.findByPublicId(after);
			if (cursor.isEmpty()) {
				return List.of();
			}
			if (cursor.get().isDetailsIncomplete()) {
				titled = List.of();
				untitledAfter = cursor.get().getId();
			}
			else {
				titled = this.books.findByTitleAfter(cursor.get().getTitle(), cursor.get().getId(), limit);
			}
		}
		int room = limit.max() - titled.size();
		if (room <= 0) {
			return titled;
		}
		List<Book> all = new ArrayList<>(titled);
		all.addAll(this.books.findUntitledAfter(untitledAfter, Limit.of(room)));
		return all;
	}

	/**
	 * Where a list of changes resumes: after the chapter with this last change and id.
	 */
	private record ChangeCursor(Instant updatedAt, long id) {

		static ChangeCursor parse(String cursor) {
			String[] parts = cursor.split("~", -1);
			if (parts.length != 3) {
				throw new IllegalArgumentException("Not a change cursor: " + cursor);
			}
			try {
				return new ChangeCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
						Long.parseLong(parts[2]));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("Not a change cursor: " + cursor, ex);
			}
		}

		static String after(Chapter chapter) {
			Instant updatedAt = chapter.getUpdatedAt();
			return updatedAt.getEpochSecond() + "~" + updatedAt.getNano() + "~" + chapter.getId();
		}

	}

}
