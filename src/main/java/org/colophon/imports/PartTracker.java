package org.colophon.imports;

/**
 * While a book's contents are read in order, the part that the items at deeper levels
 * belong to: a part heading opens at its level and closes at the next item at the same
 * level or above.
 */
final class PartTracker {

	private String title;

	private int level;

	void enter(int level, String title) {
		this.level = level;
		this.title = title;
	}

	String partFor(int level) {
		if (this.title != null && level <= this.level) {
			this.title = null;
		}
		return this.title;
	}

}
