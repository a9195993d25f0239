package org.colophon.catalogue;

import org.colophon.system.NotFoundException;

/**
 * Thrown when no named book was printed in the requested year; answered as 404.
 */
public class PrintYearNotFoundException extends NotFoundException {

	public PrintYearNotFoundException(int year) {
		super("No book printed in " + year);
	}

}
