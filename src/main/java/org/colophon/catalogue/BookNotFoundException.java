package org.colophon.catalogue;

import org.colophon.system.NotFoundException;

/**
 * Thrown when no publication has the requested id; answered as 404.
 */
public class BookNotFoundException extends NotFoundException {

	public BookNotFoundException(String id) {
		super("No publication with id " + id);
	}

}
