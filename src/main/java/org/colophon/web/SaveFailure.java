package org.colophon.web;

import java.time.Duration;
import java.util.Map;

import org.colophon.delivery.SaveDestination;

/**
 * A save the delivery service turned down, to be shown again in the form it came from:
 * the reader's input, the message keys of the errors by field, and for too many saves the
 * whole minutes to wait ({@code null} otherwise).
 */
record SaveFailure(SaveForm form, String target, Map<String, String> errors, Long retryMinutes) {

	static SaveFailure invalid(SaveForm form, SaveDestination target, Map<String, String> errors) {
		return new SaveFailure(form, target.slug(), errors, null);
	}

	static SaveFailure rateLimited(SaveForm form, SaveDestination target, Duration retryAfter) {
		// Rounded up, so that a reader who waits as long as it says is let through.
		long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		return new SaveFailure(form, target.slug(), Map.of("form", "delivery.error.rateLimited"), minutes);
	}

}
