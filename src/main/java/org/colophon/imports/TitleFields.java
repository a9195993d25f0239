package org.colophon.imports;

/** A title and subtitle as a reader collects them from a record. */
final class TitleFields {

	String title;

	String subtitle;

}
