package org.colophon.counter;

/**
 * A SUSHI request that cannot be answered with usage (missing or wrong parameters,
 * credentials that do not fit), answered with the exception as JSON and its status.
 */
class SushiRequestException extends RuntimeException {

	private final SushiCode code;

	private final String data;

	SushiRequestException(SushiCode code, String data) {
		super(code.message() + ": " + data);
		this.code = code;
		this.data = data;
	}

	SushiCode code() {
		return this.code;
	}

	String data() {
		return this.data;
	}

}
