package org.colophon.library;

import org.colophon.system.NotFoundException;

/**
 * Thrown when an institution named in an address does not exist.
 */
class InstitutionNotFoundException extends NotFoundException {

	InstitutionNotFoundException(long id) {
		super("No institution with id " + id);
	}

}
