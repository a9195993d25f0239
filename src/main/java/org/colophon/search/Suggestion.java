package org.colophon.search;

/**
 * A completion offered while a query is typed: a chapter title (with the chapter's id and
 * label) or a contributor's name ({@code chapterId} {@code null}).
 */
public record Suggestion(Kind kind, String text, String chapterId, String label) {

	/** What a suggestion names. */
	public enum Kind {

		/** A chapter, by its title. */
		CHAPTER,
		/** A contributor, by name. */
		CONTRIBUTOR

	}

}
