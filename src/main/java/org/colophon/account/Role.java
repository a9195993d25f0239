package org.colophon.account;

/**
 * What a reader account may do.
 */
public enum Role {

	READER, ADMIN

}
