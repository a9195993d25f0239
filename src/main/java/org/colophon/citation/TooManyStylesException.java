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

	private final long retryAfterSeconds;

	TooManyStylesException(Duration retryAfter) {
		// Rounded up to whole seconds, so that a client that waits as told is not refused
		// again.
		this(Math.max(1, retryAfter.plusMillis(999).toSeconds()));
	}

	private TooManyStylesException(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many citation styles asked for; try again in " + retryAfterSeconds
				+ " seconds, or use one of the featured styles");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
		return headers;
	}

}
