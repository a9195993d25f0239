package org.colophon.catalogue;

import org.colophon.system.NotFoundException;

/**
 * Thrown when no named book has the requested publisher; answered as 404.
 */
public class PublisherNotFoundException extends NotFoundException {

	public PublisherNotFoundException(String publisher) {
		super("No book published by " + publisher);
	}

}
