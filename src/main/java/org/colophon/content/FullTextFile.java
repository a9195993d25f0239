package org.colophon.content;

import org.springframework.core.io.Resource;

/**
 * A full-text file the viewer may read: its bytes, format, size and a file name for
 * downloads.
 */
public record FullTextFile(Resource resource, ContentFormat format, long size, String fileName) {
}
