package org.colophon.library;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.colophon.access.HoldingsService.InstitutionSummary;
import org.colophon.citation.SiteAddress;
import org.springframework.stereotype.Service;

/**
 * KBART title lists of the whole platform and of what an institution is entitled to,
 * written while the titles are read, under the file names the KBART convention gives
 * them.
 */
@Service
class TitleLists {

	static final String PACKAGE = "AllTitles";

	private final Titles titles;

	private final SiteAddress site;

	private final Clock clock;

	TitleLists(Titles titles, SiteAddress site, Clock clock) {
		this.titles = titles;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * {@code Colophon_Global_AllTitles_YYYY-MM-DD.txt}, dated today.
	 */
	String platformFileName() {
		return FileNames.of(FileNames.GLOBAL, PACKAGE, LocalDate.now(this.clock), "txt");
	}

	/**
	 * {@code Colophon_<institution>_AllTitles_YYYY-MM-DD.txt}, dated today.
	 */
	String fileName(InstitutionSummary institution) {
		return FileNames.of(FileNames.region(institution), PACKAGE, LocalDate.now(this.clock), "txt");
	}

	void writePlatform(OutputStream out) throws IOException {
		KbartWriter writer = new KbartWriter(out, this.site.baseUrl());
		writer.header();
		this.titles.all((page) -> write(writer, page));
		writer.flush();
	}

	void write(InstitutionSummary institution, OutputStream out) throws IOException {
		KbartWriter writer = new KbartWriter(out, this.site.baseUrl());
		writer.header();
		this.titles.of(institution.id(), (page) -> write(writer, page));
		writer.flush();
	}

	private static void write(KbartWriter writer, List<Title> page) {
		try {
			for (Title title : page) {
				writer.write(title);
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
