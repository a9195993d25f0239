package org.colophon.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.colophon.access.HoldingsService.InstitutionSummary;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChangeQuery;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.citation.SiteAddress;
import org.colophon.system.KeysetPage;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.Record;
import org.springframework.stereotype.Service;

/**
 * MARC 21 records of the whole catalogue and of what an institution is entitled to, as a
 * MARCXML collection or in ISO 2709, with the chapters' records when asked for, written
 * while the catalogue is read a page at a time.
 */
@Service
class MarcFiles {

	private static final int PAGE = Integer.MAX_VALUE;

	private final Titles titles;

	private final CatalogueService catalogue;

	private final SiteAddress site;

	private final Clock clock;

	private final MarcRecords records = new MarcRecords();

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	MarcFiles(Titles titles, CatalogueService catalogue, SiteAddress site, Clock clock) {
		this.titles = titles;
		this.catalogue = catalogue;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * {@code Colophon_Global_AllTitles_YYYY-MM-DD.xml} (or {@code .mrc}; {@code
	 * AllTitlesAndChapters} with the chapters), dated today.
	 */
	String platformFileName(MarcFormat format, boolean chapters) {
		return FileNames.of(FileNames.GLOBAL, packageName(chapters), LocalDate.now(this.clock), format.extension());
	}

	/**
	 * As {@link #platformFileName} with the institution's name for {@code Global}.
	 */
	String fileName(InstitutionSummary institution, MarcFormat format, boolean chapters) {
		return FileNames.of(FileNames.region(institution), packageName(chapters), LocalDate.now(this.clock),
				format.extension());
	}

	/**
	 * Every book's record, then (when asked) every chapter's.
	 */
	void writePlatform(MarcFormat format, boolean chapters, OutputStream out) throws IOException {
		String base = this.site.baseUrl();
		try (Sink sink = sink(format, out)) {
			this.titles.all((page) -> page.forEach((title) -> sink.accept(this.records.book(title.book(), base))));
			if (chapters) {
				String after = null;
				do {
					KeysetPage<ChapterInfo> page = this.catalogue.chapters(after, PAGE);
					page.items().forEach((chapter) -> sink.accept(this.records.chapter(chapter, base)));
					after = page.nextCursor();
				}
				while (after != null);
			}
		}
	}

	/**
	 * The record of each book the institution is entitled to today, each followed (when
	 * asked) by the records of its chapters entitled: all of them for a whole book.
	 */
	void write(InstitutionSummary institution, MarcFormat format, boolean chapters, OutputStream out)
			throws IOException {
		String base = this.site.baseUrl();
		try (Sink sink = sink(format, out)) {
			this.titles.of(institution.id(), (page) -> {
				for (Title title : page) {
					sink.accept(this.records.book(title.book(), base));
					if (chapters) {
						chaptersOf(title, (chapter) -> sink.accept(this.records.chapter(chapter, base)));
					}
				}
			});
		}
	}

	private void chaptersOf(Title title, Consumer<ChapterInfo> sink) {
		if (!title.wholeBook()) {
			for (String id : title.chapterIds()) {
				try {
					sink.accept(this.catalogue.chapter(id));
				}
				catch (ChapterNotFoundException ex) {
					// Gone since the entitlements were read: nothing to describe.
				}
			}
			return;
		}
		ChangeQuery query = new ChangeQuery(null, null, title.book().id());
		String after = null;
		do {
			KeysetPage<ChapterInfo> page = this.catalogue.changedBetween(query, after, PAGE);
			page.items().forEach(sink);
			after = page.nextCursor();
		}
		while (after != null);
	}

	private static String packageName(boolean chapters) {
		return chapters ? "AllTitlesAndChapters" : TitleLists.PACKAGE;
	}

	private Sink sink(MarcFormat format, OutputStream out) throws IOException {
		if (format == MarcFormat.MRC) {
			MarcStreamWriter writer = new MarcStreamWriter(out, "UTF-8");
			return new Sink() {
				@Override
				public void accept(Record record) {
					writer.write(record);
				}

				@Override
				public void close() {
					writer.close();
				}
			};
		}
		try {
			XMLStreamWriter writer = this.xml.createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			MarcXml.startCollection(writer);
			return new Sink() {
				@Override
				public void accept(Record record) {
					try {
						MarcXml.record(writer, record, false);
					}
					catch (XMLStreamException ex) {
						throw new UncheckedIOException(new IOException(ex));
					}
				}

				@Override
				public void close() throws IOException {
					try {
						writer.writeEndElement();
						writer.writeEndDocument();
						writer.close();
					}
					catch (XMLStreamException ex) {
						throw new IOException(ex);
					}
				}
			};
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	/** Where records go, one at a time. */
	private interface Sink extends AutoCloseable {

		void accept(Record record);

		@Override
		void close() throws IOException;

	}

	/** The two serialisations of MARC 21 records, by file extension. */
	enum MarcFormat {

		XML("xml"), MRC("mrc");

		private final String extension;

		MarcFormat(String extension) {
			this.extension = extension;
		}

		String extension() {
			return this.extension;
		}

	}

}
