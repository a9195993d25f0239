package org.colophon.delivery;

/**
 * Why an attempt to deliver did not succeed, and what to do about it.
 */
class DeliveryFailure extends Exception {

	/** What the worker does next. */
	enum Kind {

		/** Try again later, with backoff. */
		TRANSIENT,
		/** Give up: it will never work as asked. */
		PERMANENT,
		/** Ask the reader to authorise the provider again. */
		AUTHORISATION

	}

	private final Kind kind;

	DeliveryFailure(Kind kind, String reason) {
		super(reason);
		this.kind = kind;
	}

	DeliveryFailure(Kind kind, String reason, Throwable cause) {
		super(reason, cause);
		this.kind = kind;
	}

	static DeliveryFailure transientFailure(String reason) {
		return new DeliveryFailure(Kind.TRANSIENT, reason);
	}

	static DeliveryFailure permanent(String reason) {
		return new DeliveryFailure(Kind.PERMANENT, reason);
	}

	static DeliveryFailure authorisation(String reason) {
		return new DeliveryFailure(Kind.AUTHORISATION, reason);
	}

	Kind kind() {
		return this.kind;
	}

}
