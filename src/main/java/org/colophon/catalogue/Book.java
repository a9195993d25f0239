package org.colophon.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.colophon.system.ChangesPages;
import org.colophon.system.PageVersions;

/**
 * A book: the publication that chapters belong to.
 * <p>
 * A book whose details are incomplete has no title: it stands for a book that its
 * chapters' sources did not name, known only by its publisher, print year and table of
 * contents, until it is merged into the book it is.
 */
@Entity
@ChangesPages(PageVersions.Kind.CATALOGUE)
@Table(name = "publication")
class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, unique = true, updatable = false)
	private String publicId;

	private String title;

	private String subtitle;

	private String publisher;

	@Column(name = "print_publication_year")
	private Integer printPublicationYear;

	private String doi;

	@Column(name = "print_isbn")
	private String printIsbn;

	@Column(name = "online_isbn")
	private String onlineIsbn;

	@ElementCollection
	@CollectionTable(name = "publication_contents_entry", joinColumns = @JoinColumn(name = "publication_id"))
	@OrderColumn(name = "position")
	private List<ContentsEntry> contents = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "publication_contributor", joinColumns = @JoinColumn(name = "publication_id"))
	@OrderColumn(name = "position")
	private List<BookContributor> contributors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "publication_subject", joinColumns = @JoinColumn(name = "publication_id"))
	@OrderColumn(name = "position")
	private List<Subject> subjects = new ArrayList<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	// The inverse side of Chapter.book, never loaded by the catalogue itself: it lets
	// whatever
	// is derived from a book's chapters (the search index) follow a change to the book.
	@OneToMany(mappedBy = "book")
	private Set<Chapter> chapters = new HashSet<>();

	protected Book() {
	}

	public Book(String publicId, BookDetails details, Instant now) {
		this.publicId = requireText(publicId, "publicId");
		apply(details);
		this.updatedAt = Objects.requireNonNull(now);
	}

	/**
	 * Replaces the descriptive fields; an identifier the new details lack is kept. The
	 * record's datestamp moves only when something changed.
	 * @return whether anything changed
	 */
	public boolean describe(BookDetails details, Instant now) {
		BookDetails before = details();
		BookDetails after = details.withIdentifiersFrom(before);
		if (before.equals(after)) {
			return false;
		}
		apply(after);
		this.updatedAt = Objects.requireNonNull(now);
		return true;
	}

	/**
	 * Replaces the contributors and the subjects with those of the profile; a list the
	 * profile leaves empty is kept, so that a source that does not print them does not
	 * take them away. The record's datestamp moves only when something changed.
	 * @return whether anything changed
	 */
	public boolean profile(BookProfile profile, Instant now) {
		boolean changed = false;
		if (!profile.contributors().isEmpty() && !profile.contributors().equals(this.contributors)) {
			this.contributors.clear();
			this.contributors.addAll(profile.contributors());
			changed = true;
		}
		if (!profile.subjects().isEmpty() && !profile.subjects().equals(this.subjects)) {
			this.subjects.clear();
			this.subjects.addAll(profile.subjects());
			changed = true;
		}
		if (changed) {
			this.updatedAt = Objects.requireNonNull(now);
		}
		return changed;
	}

	public BookProfile getProfile() {
		return new BookProfile(this.contributors, this.subjects);
	}

	/**
	 * Keeps a table of contents captured from a landing page, unless one is already
	 * known.
	 */
	public void offerContents(List<String> entries, Instant now) {
		if (this.contents.isEmpty() && !entries.isEmpty()) {
			entries.forEach((entry) -> this.contents.add(new ContentsEntry(entry)));
			this.updatedAt = Objects.requireNonNull(now);
		}
	}

	/**
	 * Whether the sources named no title for this book, so that it stands for a book not
	 * yet identified.
	 */
	public boolean isDetailsIncomplete() {
		return this.title == null;
	}

	/**
	 * Whether the other book may be this one: neither the publishers nor the print years
	 * that both know differ.
	 */
	boolean mayBe(BookDetails other) {
		return agree(normalise(this.publisher), normalise(other.publisher()))
				&& agree(this.printPublicationYear, other.printPublicationYear());
	}

	/**
	 * The title keys of the contents entries.
	 */
	Set<String> contentsTitleKeys() {
		Set<String> keys = new HashSet<>();
		this.contents.forEach((entry) -> {
			if (entry.titleKey() != null) {
				keys.add(entry.titleKey());
			}
		});
		return keys;
	}

	private static boolean agree(Object one, Object other) {
		return one == null || other == null || one.equals(other);
	}

	private static String normalise(String value) {
		return (value == null) ? null : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private void apply(BookDetails details) {
		if (details.title() == null && details.subtitle() != null) {
			throw new IllegalArgumentException("A publication without a title has no subtitle");
		}
		this.title = (details.title() == null) ? null : requireText(details.title(), "title");
		this.subtitle = details.subtitle();
		this.publisher = details.publisher();
		this.printPublicationYear = details.printPublicationYear();
		this.doi = details.doi();
		this.printIsbn = details.printIsbn();
		this.onlineIsbn = details.onlineIsbn();
	}

	private static String requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A publication needs a " + field);
		}
		return value;
	}

	public BookDetails details() {
		return new BookDetails(this.title, this.subtitle, this.publisher, this.printPublicationYear, this.doi,
				this.printIsbn, this.onlineIsbn);
	}

	public Long getId() {
		return this.id;
	}

	public String getPublicId() {
		return this.publicId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSubtitle() {
		return this.subtitle;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getDoi() {
		return this.doi;
	}

	public Integer getPrintPublicationYear() {
		return this.printPublicationYear;
	}

	public List<String> getContents() {
		return this.contents.stream().map(ContentsEntry::text).toList();
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
