package org.colophon.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import org.colophon.system.ChangesPages;
import org.colophon.system.PageVersions;

/**
 * A chapter of a publication, as described on its landing page.
 */
@Entity
@ChangesPages(PageVersions.Kind.CATALOGUE)
public class Chapter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id", nullable = false, unique = true, updatable = false)
	private String publicId;

	@Column(name = "source_key", nullable = false, unique = true, updatable = false)
	private String sourceKey;

	@Column(name = "source_hash", nullable = false)
	private String sourceHash;

	@Column(name = "source_size")
	private Long sourceSize;

	@Column(name = "source_modified")
	private Instant sourceModified;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "publication_id")
	private Book book;

	private String label;

	@Column(nullable = false)
	private String title;

	@Column(name = "title_key")
	private String titleKey;

	private String part;

	private String notice;

	@Column(name = "online_publication_date")
	private LocalDate onlinePublicationDate;

	@Column(name = "summary_heading")
	private String summaryHeading;

	private String type;

	@Column(name = "first_page")
	private String firstPage;

	@Column(name = "last_page")
	private String lastPage;

	@Column(name = "first_page_number")
	private Integer firstPageNumber;

	@Column(name = "access_required", nullable = false)
	private boolean accessRequired;

	@Column(name = "access_note")
	private String accessNote;

	private String doi;

	@Column(name = "captured_at")
	private Instant capturedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "chapter_contributor", joinColumns = @JoinColumn(name = "chapter_id"))
	@OrderColumn(name = "position")
	private List<Contributor> contributors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "chapter_summary_paragraph", joinColumns = @JoinColumn(name = "chapter_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	private List<String> summary = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "chapter_reference", joinColumns = @JoinColumn(name = "chapter_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	private List<String> references = new ArrayList<>();

	protected Chapter() {
	}

	public Chapter(String publicId, String sourceKey, String sourceHash, Book book, ChapterDetails details,
			Instant now) {
		this.publicId = Objects.requireNonNull(publicId);
		this.sourceKey = Objects.requireNonNull(sourceKey);
		this.sourceHash = Objects.requireNonNull(sourceHash);
		this.book = Objects.requireNonNull(book);
		apply(details);
		this.updatedAt = Objects.requireNonNull(now);
	}

	/**
	 * Whether the capture this chapter was loaded from had exactly these bytes.
	 */
	public boolean isFrom(String hash) {
		return this.sourceHash.equals(hash);
	}

	/**
	 * Whether the file this chapter was last read from had this size and modification
	 * time, so that it need not be read again to know it is unchanged.
	 */
	public boolean isFrom(SourceFile file) {
		return this.sourceSize != null && this.sourceSize == file.size() && file.modified().equals(this.sourceModified);
	}

	/**
	 * Remembers the size and modification time of the file this chapter was read from.
	 */
	public void readFrom(SourceFile file) {
		this.sourceSize = file.size();
		this.sourceModified = file.modified();
	}

	/**
	 * Replaces the chapter's description with a newer capture of the same page; a DOI the
	 * new details lack is kept.
	 */
	public void revise(String sourceHash, Book book, ChapterDetails details, Instant now) {
		this.sourceHash = Objects.requireNonNull(sourceHash);
		this.book = Objects.requireNonNull(book);
		apply(details.withDoiFrom(details()));
		this.updatedAt = Objects.requireNonNull(now);
	}

	/**
	 * Moves the chapter into the book that its former book turned out to be.
	 */
	public void moveTo(Book book, Instant now) {
		this.book = Objects.requireNonNull(book);
		this.updatedAt = Objects.requireNonNull(now);
	}

	private void apply(ChapterDetails details) {
		this.label = details.label();
		this.title = details.title();
		this.titleKey = TitleKeys.forTitle(details.title());
		this.part = details.part();
		this.notice = details.notice();
		this.onlinePublicationDate = details.onlinePublicationDate();
		this.summaryHeading = details.summaryHeading();
		this.type = details.type();
		this.firstPage = details.firstPage();
		this.lastPage = details.lastPage();
		this.firstPageNumber = parsePageNumber(details.firstPage());
		this.accessRequired = details.accessRequired();
		this.accessNote = details.accessNote();
		this.capturedAt = details.capturedAt();
		this.doi = details.doi();
		this.contributors.clear();
		this.contributors.addAll(details.contributors());
		this.summary.clear();
		this.summary.addAll(details.summary());
		this.references.clear();
		this.references.addAll(details.references());
	}

	private static Integer parsePageNumber(String page) {
		if (page == null || !page.matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(page);
	}

	/**
	 * The chapter's description as one value.
	 */
	public ChapterDetails details() {
		return new ChapterDetails(this.label, this.title, this.part, this.notice, getContributors(),
				this.onlinePublicationDate, this.summaryHeading, getSummary(), this.type, this.firstPage, this.lastPage,
				this.accessRequired, this.accessNote, getReferences(), this.capturedAt, this.doi);
	}

	String getSourceKey() {
		return this.sourceKey;
	}

	public String getDoi() {
		return this.doi;
	}

	public Long getId() {
		return this.id;
	}

	public String getPublicId() {
		return this.publicId;
	}

	public Book getBook() {
		return this.book;
	}

	public String getLabel() {
		return this.label;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPart() {
		return this.part;
	}

	public String getNotice() {
		return this.notice;
	}

	public LocalDate getOnlinePublicationDate() {
		return this.onlinePublicationDate;
	}

	public String getSummaryHeading() {
		return this.summaryHeading;
	}

	public String getType() {
		return this.type;
	}

	public String getFirstPage() {
		return this.firstPage;
	}

	public String getLastPage() {
		return this.lastPage;
	}

	public boolean isAccessRequired() {
		return this.accessRequired;
	}

	public String getAccessNote() {
		return this.accessNote;
	}

	public Instant getCapturedAt() {
		return this.capturedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<Contributor> getContributors() {
		return List.copyOf(this.contributors);
	}

	public List<String> getSummary() {
		return List.copyOf(this.summary);
	}

	public List<String> getReferences() {
		return List.copyOf(this.references);
	}

}
