package org.colophon.citation;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.links.Links;
import org.colophon.system.KeysetPage;
import org.colophon.system.PagingProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Streams the site map of every book and chapter page, a keyset page of the catalogue at
 * a time, so that its memory does not grow with the catalogue.
 */
@Component
class SitemapWriter {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final DateTimeFormatter LASTMOD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private final CatalogueService catalogue;

	private final int pageSize;

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	@Autowired
	SitemapWriter(CatalogueService catalogue, PagingProperties paging) {
		this(catalogue, paging.maxPageSize());
	}

	SitemapWriter(CatalogueService catalogue, int pageSize) {
		this.catalogue = catalogue;
		this.pageSize = pageSize;
	}

	void write(String baseUrl, OutputStream out) throws XMLStreamException {
		XMLStreamWriter writer = this.xml.createXMLStreamWriter(out, "UTF-8");
		writer.writeStartDocument("UTF-8", "1.0");
		writer.setDefaultNamespace(NAMESPACE);
		writer.writeStartElement(NAMESPACE, "urlset");
		writer.writeDefaultNamespace(NAMESPACE);
		String after = null;
		do {
			KeysetPage<BookInfo> books = this.catalogue.books(after, this.pageSize);
			for (BookInfo book : books.items()) {
				url(writer, baseUrl + Links.book(book), book.updatedAt());
			}
			after = books.nextCursor();
		}
		while (after != null);
		do {
			KeysetPage<ChapterHeading> chapters = this.catalogue.chapterHeadings(after, this.pageSize);
			for (ChapterHeading chapter : chapters.items()) {
				url(writer, baseUrl + Links.chapter(chapter), chapter.updatedAt());
			}
			after = chapters.nextCursor();
			writer.flush();
		}
		while (after != null);
		writer.writeEndElement();
		writer.writeEndDocument();
		writer.flush();
		writer.close();
	}

	private static void url(XMLStreamWriter writer, String location, Instant lastModified) throws XMLStreamException {
		writer.writeStartElement(NAMESPACE, "url");
		writer.writeStartElement(NAMESPACE, "loc");
		writer.writeCharacters(location);
		writer.writeEndElement();
		writer.writeStartElement(NAMESPACE, "lastmod");
		writer.writeCharacters(LASTMOD.format(lastModified));
		writer.writeEndElement();
		writer.writeEndElement();
	}

}
