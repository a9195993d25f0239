package org.colophon.catalogue;

import org.colophon.system.NotFoundException;

/**
 * Thrown when no chapter has the requested id; answered as 404.
 */
public class ChapterNotFoundException extends NotFoundException {

	public ChapterNotFoundException(String id) {
		super("No chapter with id " + id);
	}

}
