package org.colophon.access;

import org.colophon.system.NotFoundException;

/**
 * Thrown when an administrative request addresses a record that does not exist; answered
 * as 404.
 */
class RecordNotFoundException extends NotFoundException {

	public RecordNotFoundException(String kind, Object id) {
		super("No " + kind + " with id " + id);
	}

}
