package org.colophon.catalogue;

import java.util.List;

/**
 * What a trade record says about a whole book beyond its {@link BookDetails}: the people
 * credited on it in order, and the subjects it is classified under.
 */
public record BookProfile(List<BookContributor> contributors, List<Subject> subjects) {

	/** A source that says nothing of the kind. */
	public static final BookProfile NONE = new BookProfile(List.of(), List.of());

	public BookProfile {
		contributors = List.copyOf(contributors);
		subjects = List.copyOf(subjects);
	}

}
