package org.colophon.delivery;

/**
 * Thrown when a delivery does not exist or belongs to another reader (who must not learn it exists).
 */
public class DeliveryNotFoundException extends RuntimeException {

	public DeliveryNotFoundException(Long id) {
		super("No delivery " + id);
	}

}
