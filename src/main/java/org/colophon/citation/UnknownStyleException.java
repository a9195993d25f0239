package org.colophon.citation;

/**
 * Thrown when a citation style or locale is not among those shipped.
 */
public class UnknownStyleException extends RuntimeException {

	public UnknownStyleException(String message) {
		super(message);
	}

}
