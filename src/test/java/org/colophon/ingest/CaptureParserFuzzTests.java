package org.colophon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds the capture parser arbitrary text with Jazzer. In a plain test run this is a
 * regression pass over the seeds, the parser fixtures and every input in
 * {@code CaptureParserFuzzTestsInputs} (past findings); {@code bench/fuzz.sh} fuzzes for
 * as long as it is asked to, starting from the same captures, with the words the parser
 * looks for as its dictionary.
 */
class CaptureParserFuzzTests {

	private static final Path[] CORPUS_FOLDERS = { Path.of("seeds"),
			Path.of("src", "test", "resources", "org", "colophon", "ingest") };

	private final CaptureParser parser = new CaptureParser();

	@MethodSource("captures")
	@DictionaryEntries({ "Book contents", "- ", " - ", "from ", "***", "Affiliation:", "University",
			"Published online by Cambridge University Press: ", "Get access", "Copyright (c)", "Summary", "Abstract",
			"Extract", "Information", "Type", "Chapter", ", pp. ", "Publisher: ", "Print publication year: ",
			"Access options", "Save book to Kindle", "Book purchase", "References", "Google Scholar", "Hostname: ",
			"Render date: ", "This chapter " })
	@FuzzTest(maxDuration = "5m")
	void readsAnyTextIntoAChapterOrASkipReason(byte[] input) {
		// The ingest service only hands the parser text it decoded as UTF-8, so the
		// fuzzer's bytes are decoded the same way (malformed bytes become U+FFFD).
		String text = new String(input, StandardCharsets.UTF_8);
		int lines = text.split("\r\n|\r|\n", -1).length;

		ParseResult result = this.parser.parse(text);

		assertThat(result.isChapter()).as("a chapter or a skip reason, never both")
			.isEqualTo(result.skipReason() == null);
		assertThat(result.problems()).allSatisfy((problem) -> {
			assertThat(problem.line()).isBetween(0, lines);
			assertThat(problem.message()).isNotBlank();
		});
		if (result.isChapter()) {
			ChapterDetails chapter = result.capture().chapter();
			assertThat(chapter.title()).isNotBlank();
			assertThat(chapter.contributors()).extracting(Contributor::name)
				.allSatisfy((name) -> assertThat(name).isNotBlank());
			BookDetails book = result.capture().book();
			if (book.title() == null) {
				// A chapter of a book the capture does not name: nothing else about the
				// book is made up, and the report says the details are missing.
				assertThat(book.subtitle()).isNull();
				assertThat(result.problems()).contains(new Problem(0, "book details not in the source: no book title"));
			}
			else {
				assertThat(book.title()).isNotBlank();
			}
		}
		else {
			assertThat(result.skipReason()).isNotBlank();
		}
	}

	/**
	 * The real seed captures and the parser's fixtures: a regression pass over them in
	 * every build, and the starting corpus when fuzzing.
	 */
	static Stream<Arguments> captures() {
		return Stream.of(CORPUS_FOLDERS).flatMap(CaptureParserFuzzTests::textFiles).map((file) -> {
			try {
				return Arguments.of(Named.of(file.toString(), Files.readAllBytes(file)));
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
