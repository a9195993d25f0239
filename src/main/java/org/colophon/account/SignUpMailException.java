package org.colophon.account;

/**
 * The confirmation e-mail of a sign-up could not be sent; nothing of the sign-up was
 * kept.
 */
public class SignUpMailException extends RuntimeException {

	SignUpMailException(Throwable cause) {
		super("The sign-up e-mail could not be sent", cause);
	}

}
