package org.colophon.content;

import org.colophon.system.NotFoundException;

/**
 * Thrown when a chapter has no full text in the requested format; answered as 404.
 */
public class ContentNotFoundException extends NotFoundException {

	public ContentNotFoundException(String chapterId, ContentFormat format) {
		super("Chapter " + chapterId + " has no " + format + " full text");
	}

}
