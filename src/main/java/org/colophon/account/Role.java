package org.colophon.account;

/**
 * What a reader account may do.
 */
public enum Role {

	/** Reads, with the entitlements of their own and of their institution. */
	READER,

	/** Administers the platform. */
	ADMIN,

	/**
	 * A reader who also looks after their institution's account: its title lists, records
	 * and address ranges.
	 */
	INSTITUTION_ADMIN

}
