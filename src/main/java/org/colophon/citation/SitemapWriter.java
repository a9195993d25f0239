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
 * Writes the site map as the sitemaps.org protocol wants it for a large site: an index
 * ({@code /sitemap.xml}) of numbered files ({@code /sitemaps/{n}.xml}) that hold at most
 * {@code colophon.sitemap.urls-per-file} addresses each.
 * <p>
 * Files are slices of the order in which records were added: file {@code n} for
 * {@code n <= B} holds the book pages numbered {@code ((n-1)·S, n·S]}, where {@code S} is
 * the file size and {@code B} the number of book slices; the files after them the chapter
 * pages, sliced the same way. A slice is read a keyset page at a time and streamed, so
 * neither the index nor a file holds the catalogue in memory; a slice that has become
 * empty (its records removed) is left out of the index.
 */
@Component
class SitemapWriter {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final DateTimeFormatter LASTMOD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private final CatalogueService catalogue;

	private final int pageSize;

	private final int urlsPerFile;

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	@Autowired
	SitemapWriter(CatalogueService catalogue, PagingProperties paging, SitemapProperties sitemap) {
		this(catalogue, paging.maxPageSize(), sitemap.urlsPerFile());
	}

	SitemapWriter(CatalogueService catalogue, int pageSize, int urlsPerFile) {
		this.catalogue = catalogue;
		this.pageSize = pageSize;
		this.urlsPerFile = urlsPerFile;
	}

	/** Writes the index of the site map files that hold any address. */
	void writeIndex(String baseUrl, OutputStream out) throws XMLStreamException {
		XMLStreamWriter writer = start(out, "sitemapindex");
		long bookSlices = slices(this.catalogue.lastBookNumber());
		long chapterSlices = slices(this.catalogue.lastChapterNumber());
		for (long n = 1; n <= bookSlices + chapterSlices; n++) {
			boolean used = (n <= bookSlices) ? this.catalogue.hasBooksInSlice(from(n), upTo(n))
					: this.catalogue.hasChaptersInSlice(from(n - bookSlices), upTo(n - bookSlices));
			if (used) {
				writer.writeStartElement(NAMESPACE, "sitemap");
				element(writer, "loc", baseUrl + Links.sitemapFile(n));
				writer.writeEndElement();
			}
		}
		end(writer);
	}

	/**
	 * Checks that the index lists site map file {@code n}.
	 * @throws SitemapNotFoundException when it does not
	 */
	void requireFile(long n) {
		long bookSlices = slices(this.catalogue.lastBookNumber());
		boolean books = n <= bookSlices;
		long slice = books ? n : n - bookSlices;
		boolean used = n >= 1 && (books ? this.catalogue.hasBooksInSlice(from(slice), upTo(slice))
				: slice <= slices(this.catalogue.lastChapterNumber())
						&& this.catalogue.hasChaptersInSlice(from(slice), upTo(slice)));
		if (!used) {
			throw new SitemapNotFoundException(n);
		}
	}

	/**
	 * Writes site map file {@code n}, one the index lists (see {@link #requireFile}).
	 */
	void writeFile(long n, String baseUrl, OutputStream out) throws XMLStreamException {
		long bookSlices = slices(this.catalogue.lastBookNumber());
		boolean books = n <= bookSlices;
		long slice = books ? n : n - bookSlices;
		XMLStreamWriter writer = start(out, "urlset");
		String after = null;
		do {
			if (books) {
				KeysetPage<BookInfo> page = this.catalogue.booksInSlice(from(slice), upTo(slice), after, this.pageSize);
				for (BookInfo book : page.items()) {
					url(writer, baseUrl + Links.book(book), book.updatedAt());
				}
				after = page.nextCursor();
			}
			else {
				KeysetPage<ChapterHeading> page = this.catalogue.chapterHeadingsInSlice(from(slice), upTo(slice), after,
						this.pageSize);
				for (ChapterHeading chapter : page.items()) {
					url(writer, baseUrl + Links.chapter(chapter), chapter.updatedAt());
				}
				after = page.nextCursor();
			}
			writer.flush();
		}
		while (after != null);
		end(writer);
	}

	private long slices(long lastNumber) {
		return (lastNumber + this.urlsPerFile - 1) / this.urlsPerFile;
	}

	private long from(long slice) {
		return (slice - 1) * this.urlsPerFile;
	}

	private long upTo(long slice) {
		return slice * this.urlsPerFile;
	}

	private XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
		XMLStreamWriter writer = this.xml.createXMLStreamWriter(out, "UTF-8");
		writer.writeStartDocument("UTF-8", "1.0");
		writer.setDefaultNamespace(NAMESPACE);
		writer.writeStartElement(NAMESPACE, root);
		writer.writeDefaultNamespace(NAMESPACE);
		return writer;
	}

	private static void end(XMLStreamWriter writer) throws XMLStreamException {
		writer.writeEndElement();
		writer.writeEndDocument();
		writer.flush();
		writer.close();
	}

	private static void url(XMLStreamWriter writer, String location, Instant lastModified) throws XMLStreamException {
		writer.writeStartElement(NAMESPACE, "url");
		element(writer, "loc", location);
		element(writer, "lastmod", LASTMOD.format(lastModified));
		writer.writeEndElement();
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(NAMESPACE, name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

}
