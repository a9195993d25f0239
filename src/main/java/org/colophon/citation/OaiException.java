package org.colophon.citation;

/**
 * An OAI-PMH error condition, answered in the protocol's own {@code <error code="...">}
 * element.
 */
class OaiException extends Exception {

	private final String code;

	OaiException(String code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	String code() {
		return this.code;
	}

	/**
	 * Whether the request echo must leave out the arguments, as the protocol says for
	 * these codes.
	 */
	boolean hidesArguments() {
		return "badVerb".equals(this.code) || "badArgument".equals(this.code);
	}

}
