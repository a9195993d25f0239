package org.colophon.delivery;

import java.time.Duration;

/**
 * Thrown when a reader or an address has asked for too many deliveries; says when to try
 * again.
 */
public class RateLimitedException extends RuntimeException {

	private final Duration retryAfter;

	public RateLimitedException(Duration retryAfter) {
		super("Too many deliveries; try again in " + retryAfter.toSeconds() + " seconds");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
