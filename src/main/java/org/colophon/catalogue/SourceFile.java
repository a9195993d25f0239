package org.colophon.catalogue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The size and modification time of a file a chapter is read from: when both are as they
 * were, the file is taken as unchanged without reading it.
 */
public record SourceFile(long size, Instant modified) {

	/**
	 * Keeps the time to the millisecond, which every database and file system stores.
	 */
	public SourceFile {
		modified = modified.truncatedTo(ChronoUnit.MILLIS);
	}

}
