package org.colophon.catalogue;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person did for a chapter, among the roles Crossref's {@code contributor_role}
 * names that a reader of the chapter should see (its peer-review roles are left out).
 */
public enum ContributorRole {

	AUTHOR, EDITOR, CHAIR, TRANSLATOR;

	/** The role as Crossref writes it: {@code author}, {@code editor}, … */
	public String crossrefName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role Crossref's name stands for; empty for a role readers are not shown. */
	public static Optional<ContributorRole> fromCrossref(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (ContributorRole role : values()) {
			if (role.crossrefName().equals(name.strip())) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
