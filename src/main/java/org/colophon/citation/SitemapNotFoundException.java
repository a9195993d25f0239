package org.colophon.citation;

import org.colophon.system.NotFoundException;

/**
 * A site map file the index does not list (answered as 404).
 */
class SitemapNotFoundException extends NotFoundException {

	SitemapNotFoundException(long number) {
		super("No site map file " + number);
	}

}
