package org.colophon.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A person or body credited on a chapter, with the affiliation printed beside the name
 * when there is one, the role when the source gives it ({@code null} when it does not, as
 * in captured pages) and the ORCID iD, kept normalised (see {@link Orcid}).
 */
@Embeddable
public record Contributor(@Column(name = "name", nullable = false) String name,
		@Column(name = "affiliation") String affiliation,
		@Enumerated(EnumType.STRING) @Column(name = "role") ContributorRole role,
		@Column(name = "orcid") String orcid) {

	/**
	 * @throws IllegalArgumentException without a name, or with an ORCID iD that is not a
	 * valid one
	 */
	public Contributor {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A contributor needs a name");
		}
		orcid = Orcid.normalise(orcid);
	}

	/** A contributor whose role and ORCID iD are not known. */
	public Contributor(String name, String affiliation) {
		this(name, affiliation, null, null);
	}

	/**
	 * Whether the contributor counts as an author: so named, or with no role given (a
	 * captured page lists only its authors).
	 */
	public boolean isAuthor() {
		return this.role == null || this.role == ContributorRole.AUTHOR;
	}

	/** Whether the contributor has this role, other than author. */
	public boolean is(ContributorRole role) {
		return !isAuthor() && this.role == role;
	}

}
