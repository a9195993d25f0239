package org.colophon.access;

import java.util.List;

/**
 * The answer to "may this viewer read this chapter's full text?": granted or not, on what basis, who
 * provides it, the licence when open access, the formats the viewer may have, and when denied, the
 * reason and the options that could help.
 */
public record AccessDecision(boolean granted, AccessBasis basis, String providedBy, String licence,
		List<ContentFormat> formats, String denialReason, List<OfferedOption> options) {

	/** The denial reason recorded when no entitlement covers the chapter (COUNTER's "No_License"). */
	public static final String NO_LICENCE = "NO_LICENCE";

	public AccessDecision {
		formats = List.copyOf(formats);
		options = List.copyOf(options);
	}

	static AccessDecision granted(AccessBasis basis, String providedBy, String licence, List<ContentFormat> formats) {
		return new AccessDecision(true, basis, providedBy, licence, formats, null, List.of());
	}

	static AccessDecision denied(List<OfferedOption> options) {
		return new AccessDecision(false, AccessBasis.NONE, null, null, List.of(), NO_LICENCE, options);
	}

}
