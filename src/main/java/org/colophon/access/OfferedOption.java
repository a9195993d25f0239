package org.colophon.access;

import java.math.BigDecimal;

/**
 * An access option as shown to a viewer: its kind, and its label and text from the
 * messages, and the price when it is a purchase. Where it leads is the web layer's
 * business.
 */
public record OfferedOption(AccessOptionKind kind, String label, String description, BigDecimal price,
		String currency) {
}
