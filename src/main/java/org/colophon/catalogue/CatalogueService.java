package org.colophon.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.colophon.catalogue.StoreOutcome.Change;
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

	/** The largest page any caller may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	private final BookRepository books;

	private final ChapterRepository chapters;

	private final Clock clock;

	CatalogueService(BookRepository books, ChapterRepository chapters, Clock clock) {
		this.books = books;
		this.chapters = chapters;
		this.clock = clock;
	}

	/**
	 * Creates or revises the chapter known by {@code sourceKey} and the book it belongs
	 * to, in one transaction. A source whose hash is unchanged changes nothing.
	 */
	@Transactional
	public StoreOutcome store(String sourceKey, String sourceHash, BookDetails bookDetails, List<String> bookContents,
			ChapterDetails details) {
		Instant now = this.clock.instant();
		Book book = this.books.findByPublicId(PublicIds.forBook(bookDetails))
			.orElseGet(() -> this.books.save(new Book(PublicIds.forBook(bookDetails), bookDetails, now)));
		Optional<Chapter> existing = this.chapters.findBySourceKey(sourceKey);
		if (existing.isPresent() && existing.get().isFrom(sourceHash)) {
			return new StoreOutcome(existing.get().getPublicId(), book.getPublicId(), Change.UNCHANGED);
		}
		book.describe(bookDetails, now);
		book.offerContents(bookContents, now);
		if (existing.isPresent()) {
			existing.get().revise(sourceHash, book, details, now);
			return new StoreOutcome(existing.get().getPublicId(), book.getPublicId(), Change.UPDATED);
		}
		Chapter chapter = this.chapters
			.save(new Chapter(PublicIds.forSource(sourceKey), sourceKey, sourceHash, book, details, now));
		return new StoreOutcome(chapter.getPublicId(), book.getPublicId(), Change.CREATED);
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
	public Page<BookWithChapters> booksByTitle(String after, int size) {
		Limit limit = Limit.of(clamp(size) + 1);
		List<Book> found = (after == null) ? this.books.findFirstByTitle(limit)
				: this.books.findByPublicId(after)
					.map((cursor) -> this.books.findByTitleAfter(cursor.getTitle(), cursor.getId(), limit))
					.orElse(List.of());
		boolean more = found.size() > clamp(size);
		List<Book> page = more ? found.subList(0, clamp(size)) : found;
		Map<String, List<ChapterHeading>> headings = page.isEmpty() ? Map.of()
				: this.chapters.findHeadingsByBookIn(page)
					.stream()
					.collect(Collectors.groupingBy(ChapterHeading::bookId));
		List<BookWithChapters> books = new ArrayList<>();
		for (Book book : page) {
			books.add(new BookWithChapters(BookInfo.of(book), headings.getOrDefault(book.getPublicId(), List.of())));
		}
		return new Page<>(books, more ? page.get(page.size() - 1).getPublicId() : null);
	}

	/**
	 * A page of chapters in id order after the chapter whose public id is the cursor.
	 */
	public Page<ChapterInfo> chapters(String after, int size) {
		long afterId = (after == null) ? 0L
				: this.chapters.findByPublicId(after).map(Chapter::getId).orElse(Long.MAX_VALUE);
		List<Chapter> found = this.chapters.findByIdGreaterThanOrderByIdAsc(afterId, Limit.of(clamp(size) + 1));
		boolean more = found.size() > clamp(size);
		List<Chapter> page = more ? found.subList(0, clamp(size)) : found;
		return new Page<>(page.stream().map(ChapterInfo::of).toList(),
				more ? page.get(page.size() - 1).getPublicId() : null);
	}

	/**
	 * A page of the chapters that changed as the query says, oldest change first, ordered
	 * by (last change, id) so that a change during a harvest never hides a record from a
	 * later page. The cursor is opaque: pass back what {@link Page#nextCursor()}
	 * returned, or {@code null} for the first page.
	 * @throws IllegalArgumentException when the cursor was not made by this method
	 */
	public Page<ChapterInfo> changedBetween(ChangeQuery query, String after, int size) {
		Instant afterUpdated = query.from();
		long afterId = 0L;
		if (after != null) {
			String[] parts = after.split("~", -1);
			if (parts.length != 3) {
				throw new IllegalArgumentException("Not a change cursor: " + after);
			}
			try {
				afterUpdated = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
				afterId = Long.parseLong(parts[2]);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("Not a change cursor: " + after, ex);
			}
		}
		Limit limit = Limit.of(clamp(size) + 1);
		List<Chapter> found;
		if (query.bookId() == null) {
			found = this.chapters.findChanged(query.from(), query.until(), afterUpdated, afterId, limit);
		}
		else {
			Optional<Long> book = this.books.findIdByPublicId(query.bookId());
			if (book.isEmpty()) {
				return new Page<>(List.of(), null);
			}
			found = this.chapters.findChangedIn(book.get(), query.from(), query.until(), afterUpdated, afterId, limit);
		}
		boolean more = found.size() > clamp(size);
		List<Chapter> page = more ? found.subList(0, clamp(size)) : found;
		String next = null;
		if (more) {
			Chapter last = page.get(page.size() - 1);
			next = last.getUpdatedAt().getEpochSecond() + "~" + last.getUpdatedAt().getNano() + "~" + last.getId();
		}
		return new Page<>(page.stream().map(ChapterInfo::of).toList(), next);
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
	public Page<BookInfo> books(String after, int size) {
		long afterId = (after == null) ? 0L : this.books.findIdByPublicId(after).orElse(Long.MAX_VALUE);
		List<Book> found = this.books.findByIdGreaterThanOrderByIdAsc(afterId, Limit.of(clamp(size) + 1));
		boolean more = found.size() > clamp(size);
		List<Book> page = more ? found.subList(0, clamp(size)) : found;
		return new Page<>(page.stream().map(BookInfo::of).toList(),
				more ? page.get(page.size() - 1).getPublicId() : null);
	}

	/**
	 * How many publications the catalogue holds.
	 */
	public long countBooks() {
		return this.books.count();
	}

	/**
	 * A page of chapter stamps (id, title, last change) in the order the chapters were
	 * added, after the chapter whose public id is the cursor; cheap enough to walk the
	 * whole catalogue for a site map.
	 */
	public Page<ChapterStamp> chapterStamps(String after, int size) {
		long afterId = (after == null) ? 0L : this.chapters.findIdByPublicId(after).orElse(Long.MAX_VALUE);
		List<ChapterStamp> found = this.chapters.findStampsAfter(afterId, Limit.of(clamp(size) + 1));
		boolean more = found.size() > clamp(size);
		List<ChapterStamp> page = more ? found.subList(0, clamp(size)) : found;
		return new Page<>(page, more ? page.get(page.size() - 1).id() : null);
	}

	private static int clamp(int size) {
		return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
	}

}
