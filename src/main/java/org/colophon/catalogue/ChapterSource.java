package org.colophon.catalogue;

/**
 * A chapter as one source describes it: the source's stable key for it, a hash of what
 * the source says (equal hashes mean nothing changed), and the details.
 */
public record ChapterSource(String sourceKey, String sourceHash, ChapterDetails details) {
}
