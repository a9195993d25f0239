package org.colophon.ingest;

/**
 * Something the parser could not read or did not find, with the 1-based line it concerns
 * (0 for the whole capture).
 */
record Problem(int line, String message) {
}
