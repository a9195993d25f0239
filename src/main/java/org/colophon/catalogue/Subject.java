package org.colophon.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A subject a book is classified under: the scheme's name (such as {@code BIC},
 * {@code Thema} or {@code keywords}), the code in that scheme and the heading, either of
 * which may be missing.
 */
@Embeddable
public record Subject(@Column(name = "scheme", nullable = false) String scheme, @Column(name = "code") String code,
		@Column(name = "heading") String heading) {

	public Subject {
		if (scheme == null || scheme.isBlank()) {
			throw new IllegalArgumentException("A subject needs a scheme");
		}
		if ((code == null || code.isBlank()) && (heading == null || heading.isBlank())) {
			throw new IllegalArgumentException("A subject needs a code or a heading");
		}
	}

}
