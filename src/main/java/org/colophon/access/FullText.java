package org.colophon.access;

import org.springframework.core.io.Resource;

/**
 * A full-text file the viewer may read: its bytes, format, size and a file name for downloads.
 */
public record FullText(Resource resource, ContentFormat format, long size, String fileName) {
}
