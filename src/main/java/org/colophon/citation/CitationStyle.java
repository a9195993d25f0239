package org.colophon.citation;

/**
 * A CSL style shipped with the application: its id (the file name without {@code .csl})
 * and title.
 */
public record CitationStyle(String id, String title) {
}
