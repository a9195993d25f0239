package org.colophon.access;

/**
 * What a reader account may do.
 */
public enum Role {

	READER, ADMIN

}
