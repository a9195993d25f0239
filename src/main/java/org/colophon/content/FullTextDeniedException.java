package org.colophon.content;

import org.colophon.access.AccessDecision;

/**
 * Thrown when a viewer asks for full text the decision does not grant them; answered as
 * 403 with the access options.
 */
public class FullTextDeniedException extends RuntimeException {

	private final transient AccessDecision decision;

	public FullTextDeniedException(AccessDecision decision) {
		super("Full text denied: " + decision.denialReason());
		this.decision = decision;
	}

	public AccessDecision decision() {
		return this.decision;
	}

}
