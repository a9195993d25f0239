package org.colophon.counter;

import org.colophon.system.NotFoundException;

/**
 * No COUNTER report is served under this id.
 */
class ReportNotFoundException extends NotFoundException {

	ReportNotFoundException(String id) {
		super("No COUNTER report " + id);
	}

}
