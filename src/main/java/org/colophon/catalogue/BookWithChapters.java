package org.colophon.catalogue;

import java.util.List;

/**
 * A publication together with the headings of its chapters, as the catalogue listing
 * shows it.
 */
public record BookWithChapters(BookInfo book, List<ChapterHeading> chapters) {
}
