package org.colophon.catalogue;

import java.util.List;

/**
 * One keyset page of a list: the items and the cursor for the next page, {@code null} on
 * the last.
 */
public record Page<T>(List<T> items, String nextCursor) {

	public Page {
		items = List.copyOf(items);
	}

}
