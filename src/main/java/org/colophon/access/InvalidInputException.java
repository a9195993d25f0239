package org.colophon.access;

/**
 * Thrown when an administrative request names a field whose value cannot be accepted;
 * answered as 400 with the field and the message.
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
