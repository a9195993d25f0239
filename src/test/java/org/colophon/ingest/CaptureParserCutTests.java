package org.colophon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every capture cut at every character position: the parser either loads a chapter whose
 * fields are each the full capture's field or the start of it (a missing field is fine,
 * an invented one is not), or refuses it with a reason; it never throws.
 */
class CaptureParserCutTests {

	private final CaptureParser parser = new CaptureParser();

	@ParameterizedTest
	@MethodSource("captures")
	void aCaptureCutAnywhereLoadsOnlyWhatItShowsOrIsRefused(String text) {
		ParseResult full = this.parser.parse(text);

		for (int end = 0; end <= text.length(); end++) {
			ParseResult cut = this.parser.parse(text.substring(0, end));
			String where = "cut after " + end + " characters";
			if (!cut.isChapter()) {
				assertThat(cut.skipReason()).as(where).isNotBlank();
				continue;
			}
			if (!full.isChapter()) {
				fail(where + ": a chapter was read from the start of a capture that is not one: " + cut.capture());
			}
			assertConsistent(where, cut.capture(), full.capture());
		}
	}

	private static void assertConsistent(String where, ParsedCapture cut, ParsedCapture full) {
		ChapterDetails part = cut.chapter();
		ChapterDetails whole = full.chapter();
		startOf(where, "label", part.label(), whole.label());
		startOf(where, "title", part.title(), whole.title());
		startOf(where, "part", part.part(), whole.part());
		startOf(where, "notice", part.notice(), whole.notice());
		same(where, "online date", part.onlinePublicationDate(), whole.onlinePublicationDate());
		startOf(where, "summary heading", part.summaryHeading(), whole.summaryHeading());
		startOfList(where, "summary", part.summary(), whole.summary());
		startOf(where, "type", part.type(), whole.type());
		startOf(where, "first page", part.firstPage(), whole.firstPage());
		startOf(where, "last page", part.lastPage(), whole.lastPage());
		if (part.accessRequired()) {
			assertThat(whole.accessRequired()).as(where + ": access marker").isTrue();
		}
		startOf(where, "access note", part.accessNote(), whole.accessNote());
		startOfList(where, "references", part.references(), whole.references());
		same(where, "capture date", part.capturedAt(), whole.capturedAt());
		assertThat(part.contributors()).as(where + ": contributors")
			.hasSizeLessThanOrEqualTo(whole.contributors().size());
		for (int i = 0; i < part.contributors().size(); i++) {
			Contributor p = part.contributors().get(i);
			Contributor w = whole.contributors().get(i);
			startOf(where, "contributor name", p.name(), w.name());
			startOf(where, "contributor affiliation", p.affiliation(), w.affiliation());
		}
		BookDetails book = cut.book();
		BookDetails wholeBook = full.book();
		startOf(where, "book title", book.title(), wholeBook.title());
		startOf(where, "book subtitle", book.subtitle(), wholeBook.subtitle());
		startOf(where, "publisher", book.publisher(), wholeBook.publisher());
		same(where, "print year", book.printPublicationYear(), wholeBook.printPublicationYear());
		startOfList(where, "book contents", cut.bookContents(), full.bookContents());
	}

	private static void startOf(String where, String field, String part, String whole) {
		if (part != null) {
			assertThat(whole).as(where + ": " + field + " '" + part + "' is not in the full capture").isNotNull();
			assertThat(whole).as(where + ": " + field).startsWith(part);
		}
	}

	private static void same(String where, String field, Object part, Object whole) {
		if (part != null) {
			assertThat(part).as(where + ": " + field).isEqualTo(whole);
		}
	}

	/** All but the last entry as in the full list, the last one the start of its own. */
	private static void startOfList(String where, String field, List<String> part, List<String> whole) {
		assertThat(part).as(where + ": " + field).hasSizeLessThanOrEqualTo(whole.size());
		for (int i = 0; i < part.size(); i++) {
			if (i < part.size() - 1) {
				assertThat(part.get(i)).as(where + ": " + field + " " + i).isEqualTo(whole.get(i));
			}
			else {
				startOf(where, field + " " + i, part.get(i), whole.get(i));
			}
		}
	}

	static Stream<Arguments> captures() {
		Path fixtures = Path.of("src", "test", "resources", "org", "colophon", "ingest");
		return Stream.of(Path.of("seeds"), fixtures).flatMap(CaptureParserCutTests::textFiles).map((file) -> {
			try {
				return Arguments.of(Named.of(file.getFileName().toString(),
						Objects.requireNonNull(Files.readString(file, StandardCharsets.UTF_8))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static Stream<Path> textFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
