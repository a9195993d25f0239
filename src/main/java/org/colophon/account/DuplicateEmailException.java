package org.colophon.account;

/**
 * Thrown when an account already exists for an e-mail address.
 */
public class DuplicateEmailException extends RuntimeException {

	public DuplicateEmailException() {
		super("An account already exists for this e-mail address");
	}

}
