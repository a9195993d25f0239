package org.colophon.content;

import java.util.List;

import org.colophon.access.AccessDecision;

/**
 * What a viewer may read of a chapter: the access decision and the full-text formats it
 * opens to them (none when denied).
 */
public record FullTextAccess(AccessDecision decision, List<ContentFormat> formats) {

	public FullTextAccess {
		formats = List.copyOf(formats);
	}

}
