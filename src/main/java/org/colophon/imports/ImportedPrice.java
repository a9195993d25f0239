package org.colophon.imports;

import java.math.BigDecimal;

/**
 * The price a record gives for buying a book, with whether it replaces a price the book
 * has already: the price of an electronic product does (it is what the site sells); that
 * of a print product only stands in while the book has none.
 */
record ImportedPrice(BigDecimal amount, String currency, boolean replaces) {
}
