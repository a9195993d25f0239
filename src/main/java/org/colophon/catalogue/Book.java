package org.colophon.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

/**
 * A book: the publication that chapters belong to.
 */
@Entity
@Table(name = "publication")
class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, unique = true, updatable = false)
	private String publicId;

	@Column(nullable = false)
	private String title;

	private String subtitle;

	private String publisher;

	@Column(name = "print_publication_year")
	private Integer printPublicationYear;

	@ElementCollection
	@CollectionTable(name = "publication_contents_entry", joinColumns = @JoinColumn(name = "publication_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	private List<String> contents = new ArrayList<>();

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
	 * Replaces the descriptive fields; the record's datestamp moves only when something
	 * changed.
	 */
	public void describe(BookDetails details, Instant now) {
		BookDetails before = details();
		if (!before.equals(details)) {
			apply(details);
			this.updatedAt = Objects.requireNonNull(now);
		}
	}

	/**
	 * Keeps a table of contents captured from a landing page, unless one is already
	 * known.
	 */
	public void offerContents(List<String> entries, Instant now) {
		if (this.contents.isEmpty() && !entries.isEmpty()) {
			this.contents.addAll(entries);
			this.updatedAt = Objects.requireNonNull(now);
		}
	}

	private void apply(BookDetails details) {
		this.title = requireText(details.title(), "title");
		this.subtitle = details.subtitle();
		this.publisher = details.publisher();
		this.printPublicationYear = details.printPublicationYear();
	}

	private static String requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A publication needs a " + field);
		}
		return value;
	}

	public BookDetails details() {
		return new BookDetails(this.title, this.subtitle, this.publisher, this.printPublicationYear);
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

	public Integer getPrintPublicationYear() {
		return this.printPublicationYear;
	}

	public List<String> getContents() {
		return List.copyOf(this.contents);
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
