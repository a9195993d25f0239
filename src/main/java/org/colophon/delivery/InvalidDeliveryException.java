package org.colophon.delivery;

import java.util.Map;

/**
 * Thrown when a delivery request has fields that cannot be accepted; carries a message
 * key per field.
 */
public class InvalidDeliveryException extends RuntimeException {

	private final transient Map<String, String> fieldErrors;

	public InvalidDeliveryException(Map<String, String> fieldErrors) {
		super("Invalid delivery request: " + fieldErrors.keySet());
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	/**
	 * Field name to message key.
	 */
	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

}
