package org.colophon.imports;

/**
 * Hears how far an import has read its file, to show progress.
 */
@FunctionalInterface
interface ImportProgress {

	/** Does nothing. */
	ImportProgress NONE = (file, bytesRead, totalBytes, records) -> {
	};

	/**
	 * Called after each book is stored.
	 * @param totalBytes the file's size, or {@code -1} when unknown
	 */
	void update(String file, long bytesRead, long totalBytes, long records);

}
