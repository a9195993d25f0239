package org.colophon.citation;

/**
 * A full-text file of a chapter that the current reader may fetch, such as a PDF; whether
 * it is open to everyone decides if indexers may be pointed at it.
 */
public record FullTextLink(String href, String mediaType, boolean openToEveryone) {

	static final String PDF = "application/pdf";

}
