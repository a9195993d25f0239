package org.colophon.delivery;

/**
 * Where a delivery stands.
 */
public enum DeliveryStatus {

	/**
	 * Recorded, waiting for the worker (first try or a retry after a transient failure).
	 */
	PENDING,
	/** The worker is sending it now. */
	SENDING,
	/** The provider accepted it. */
	DELIVERED,
	/** It will not be delivered; the reason says why. */
	FAILED,
	/** The reader must (re-)authorise the provider before it can be sent. */
	AUTHORISATION_REQUIRED

}
