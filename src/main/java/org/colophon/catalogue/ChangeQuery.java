package org.colophon.catalogue;

import java.time.Instant;
import java.util.Objects;

/**
 * Which chapters a harvester asks for: changed in {@code [from, until)}, optionally only
 * those of one publication (by public id, {@code null} for all).
 */
public record ChangeQuery(Instant from, Instant until, String bookId) {

	/** Earlier than any datestamp the catalogue can hold. */
	public static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");

	/** Later than any datestamp the catalogue can hold. */
	public static final Instant END = Instant.parse("9999-12-31T23:59:59Z");

	public ChangeQuery {
		from = Objects.requireNonNullElse(from, BEGINNING);
		until = Objects.requireNonNullElse(until, END);
	}

}
