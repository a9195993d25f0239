package org.colophon.access;

/**
 * Thrown when an administrative request keeps its constraints but a field cannot be
 * accepted as things stand (a record it names does not exist, an address is taken);
 * answered as 400 with the field and the message, like a constraint violation.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
