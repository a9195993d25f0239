package org.colophon.counter;

import org.colophon.system.NotFoundException;

/**
 * No institution has this id, so it has no reports nor credentials.
 */
public class InstitutionNotFoundException extends NotFoundException {

	InstitutionNotFoundException(long id) {
		super("No institution with id " + id);
	}

}
