package org.colophon.access;

import java.util.List;

/**
 * The answer to "may this viewer read this chapter's full text?": granted or not, on what
 * basis, who provides it (the institution's name, and its id for usage records), the
 * licence when open access, and when denied, the reason and the options that could help.
 */
public record AccessDecision(boolean granted, AccessBasis basis, String providedBy, Long institutionId, String licence,
		String denialReason, List<OfferedOption> options) {

	/**
	 * The denial reason recorded when no entitlement covers the chapter (COUNTER's
	 * "No_License").
	 */
	public static final String NO_LICENCE = "NO_LICENCE";

	public AccessDecision {
		options = List.copyOf(options);
	}

	static AccessDecision granted(AccessBasis basis, String providedBy, Long institutionId, String licence) {
		return new AccessDecision(true, basis, providedBy, institutionId, licence, null, List.of());
	}

	static AccessDecision denied(List<OfferedOption> options) {
		return new AccessDecision(false, AccessBasis.NONE, null, null, null, NO_LICENCE, options);
	}

	/**
	 * Whether the full text is open to everyone (open access or free), rather than
	 * granted to this viewer alone; a public cache or a harvester may then link it.
	 */
	public boolean openToEveryone() {
		return this.basis == AccessBasis.OPEN_ACCESS || this.basis == AccessBasis.FREE;
	}

}
