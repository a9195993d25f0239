package org.colophon.delivery;

import org.colophon.system.NotFoundException;

/**
 * Thrown when a delivery does not exist or belongs to another reader (who must not learn
 * it exists).
 */
public class DeliveryNotFoundException extends NotFoundException {

	public DeliveryNotFoundException(Long id) {
		super("No delivery " + id);
	}

}
