package org.colophon.delivery;

import org.colophon.access.AccessDecision;

/**
 * Thrown when the reader's access decision does not allow the chapter's full text to be
 * saved.
 */
public class DeliveryDeniedException extends RuntimeException {

	private final transient AccessDecision decision;

	public DeliveryDeniedException(AccessDecision decision) {
		super("The full text of this chapter is not available to this reader");
		this.decision = decision;
	}

	public AccessDecision decision() {
		return this.decision;
	}

}
