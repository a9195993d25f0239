package org.colophon.access;

/**
 * Why a viewer may read a chapter's full text, or {@link #NONE} when they may not.
 */
public enum AccessBasis {

	OPEN_ACCESS, FREE, INSTITUTION, PERSONAL, NONE

}
