package org.colophon.access;

/**
 * How a publication or chapter is offered to readers.
 */
public enum AccessModel {

	/** Open to everyone under a licence. */
	OPEN_ACCESS,
	/** Free to read, without a licence. */
	FREE,
	/** Readable only with an entitlement. */
	RESTRICTED

}
