package org.colophon.system;

/**
 * Thrown when a requested thing does not exist (or must not be shown to this caller);
 * every subtype is answered as 404, once for pages and once for the API.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
