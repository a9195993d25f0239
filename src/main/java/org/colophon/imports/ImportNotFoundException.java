package org.colophon.imports;

import org.colophon.system.NotFoundException;

/**
 * No import job has this id (or it was forgotten).
 */
class ImportNotFoundException extends NotFoundException {

	ImportNotFoundException(String id) {
		super("No import job " + id);
	}

}
