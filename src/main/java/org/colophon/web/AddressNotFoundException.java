package org.colophon.web;

import org.colophon.system.NotFoundException;

/**
 * Thrown when a part of an address names nothing this site serves, such as an unknown
 * save target or export format; answered as 404 like any missing thing.
 */
class AddressNotFoundException extends NotFoundException {

	AddressNotFoundException(String kind, String value) {
		super("No " + kind + " " + value);
	}

}
