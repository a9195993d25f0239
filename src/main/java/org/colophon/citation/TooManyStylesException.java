package org.colophon.citation;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Thrown when a citation would need a new engine for an uncommon style while the site has
 * built as many as it may for now; answered 429 with {@code Retry-After}.
 */
class TooManyStylesException extends ResponseStatusException {

	private final Duration retryAfter;

	TooManyStylesException(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many citation styles asked for; try again in "
				+ retryAfterSeconds(retryAfter) + " seconds, or use one of the featured styles");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(this.retryAfter)));
		return headers;
	}

	private static long retryAfterSeconds(Duration retryAfter) {
		// Rounded up, so that a client that waits as told is not refused again.
		return Math.max(1, retryAfter.plusMillis(999).toSeconds());
	}

}
