package org.colophon.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person credited on a chapter, with the affiliation printed beside the name when there
 * is one.
 */
@Embeddable
public record Contributor(@Column(name = "name", nullable = false) String name,
		@Column(name = "affiliation") String affiliation) {

	public Contributor {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A contributor needs a name");
		}
	}

}
