package org.colophon.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person or body credited on a whole book, with the role the source gives (such as
 * {@code author} or {@code editor}) and the affiliation printed beside the name.
 */
@Embeddable
public record BookContributor(@Column(name = "name", nullable = false) String name, @Column(name = "role") String role,
		@Column(name = "affiliation") String affiliation) {

	public BookContributor {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A contributor needs a name");
		}
	}

}
