package org.colophon.web;

import org.colophon.delivery.DeliveryRequest;
import org.colophon.delivery.SaveDestination;

/**
 * What a save dialog (or its plain page) posts; checked by the delivery service, so
 * anything may be missing. {@code place} says whether it came from the dialog or the
 * plain page, to answer in kind.
 */
record SaveForm(String format, String kindleName, String kindleDomain, Boolean acceptPolicy, String idempotencyKey,
		String place) {

	static SaveForm empty() {
		return new SaveForm(null, null, "free.kindle.com", false, null, null);
	}

	boolean fromDialog() {
		return "dialog".equals(this.place);
	}

	/** The delivery request this form makes for a destination. */
	DeliveryRequest toRequest(SaveDestination destination) {
		return new DeliveryRequest(destination.name(), this.format, this.kindleName, this.kindleDomain,
				this.acceptPolicy, this.idempotencyKey);
	}

}
