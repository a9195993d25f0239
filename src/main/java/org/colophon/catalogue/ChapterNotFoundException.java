package org.colophon.catalogue;

/**
 * Thrown when no chapter has the requested id; answered as 404.
 */
public class ChapterNotFoundException extends RuntimeException {

	public ChapterNotFoundException(String id) {
		super("No chapter with id " + id);
	}

}
