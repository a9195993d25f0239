package org.colophon.access;

/**
 * The ways to get access offered when the answer is no.
 */
public enum AccessOptionKind {

	/** Log in with a personal account. */
	LOG_IN,
	/** Log in with an account that belongs to an institution. */
	INSTITUTIONAL_LOG_IN,
	/** Buy the publication, when a price is configured for it. */
	PURCHASE

}
