package org.colophon.access;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.colophon.system.ChangesPages;
import org.colophon.system.PageVersions;

/**
 * An institution's or a reader's right to a publication (and so all its chapters) or to
 * one chapter, perpetual or for a date range (both ends inclusive).
 */
@Entity
@ChangesPages(PageVersions.Kind.ACCESS)
class Entitlement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "institution_id")
	private Institution institution;

	@Column(name = "reader_id")
	private Long readerId;

	@Column(name = "publication_id")
	private String bookId;

	@Column(name = "chapter_id")
	private String chapterId;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	protected Entitlement() {
	}

	Entitlement(Institution institution, Long readerId, String bookId, String chapterId, LocalDate startsOn,
			LocalDate endsOn) {
		if ((institution == null) == (readerId == null)) {
			throw new IllegalArgumentException("An entitlement is held by exactly one institution or reader");
		}
		if ((bookId == null) == (chapterId == null)) {
			throw new IllegalArgumentException("An entitlement covers exactly one publication or chapter");
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("An entitlement cannot end before it starts");
		}
		this.institution = institution;
		this.readerId = readerId;
		this.bookId = bookId;
		this.chapterId = chapterId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	/**
	 * Whether the entitlement is in force on the given day.
	 */
	boolean isActiveOn(LocalDate day) {
		return (this.startsOn == null || !day.isBefore(this.startsOn))
				&& (this.endsOn == null || !day.isAfter(this.endsOn));
	}

	public Long getId() {
		return this.id;
	}

	public Institution getInstitution() {
		return this.institution;
	}

	public Long getReaderId() {
		return this.readerId;
	}

	public String getBookId() {
		return this.bookId;
	}

	public String getChapterId() {
		return this.chapterId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

}
