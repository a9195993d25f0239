package org.colophon.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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

	private String doi;

	@Column(name = "print_isbn")
	private String printIsbn;

	@Column(name = "online_isbn")
	private String onlineIsbn;

	@ElementCollection
	@CollectionTable(name = "publication_contents_entry", joinColumns = @JoinColumn(name = "publication_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	private List<String> contents = new ArrayList<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

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
		return List.copyOf(this.contents);
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
