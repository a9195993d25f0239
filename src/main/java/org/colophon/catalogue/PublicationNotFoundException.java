package org.colophon.catalogue;

/**
 * Thrown when no publication has the requested id; answered as 404.
 */
public class PublicationNotFoundException extends RuntimeException {

	public PublicationNotFoundException(String id) {
		super("No publication with id " + id);
	}

}
