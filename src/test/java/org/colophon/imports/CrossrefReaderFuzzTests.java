package org.colophon.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.colophon.catalogue.ChapterSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds the Crossref reader arbitrary bytes with Jazzer: whatever it is given, it hands
 * over only storable books or refuses the file with problems that name real lines, and
 * never fails otherwise. In a plain test run this is a regression pass over the sample
 * and the fixtures; fuzzing proper runs with {@code JAZZER_FUZZ=1}.
 */
class CrossrefReaderFuzzTests {

	private static final Path[] CORPUS = { Path.of("samples"),
			Path.of("src", "test", "resources", "org", "colophon", "imports") };

	private final CrossrefReader reader = new CrossrefReader();

	@MethodSource("deposits")
	@DictionaryEntries({ "<doi_batch xmlns=\"http://www.crossref.org/schema/5.3.1\">", "<body>", "<book>",
			"<book_metadata>", "<content_item component_type=\"chapter\">", "component_type=\"part\"",
			"level_sequence_number=\"2\"", "<titles>", "<title>", "<subtitle>", "<isbn media_type=\"electronic\">",
			"<doi_data><doi>10.5555/x</doi></doi_data>", "<person_name>", "<surname>", "<given_name>",
			"<affiliations><institution><institution_name>", "<jats:abstract>", "<jats:p>", "<publication_date>",
			"<year>", "<month>", "<day>", "<pages>", "<first_page>", "<component_number>", "<!DOCTYPE", "<![CDATA[" })
	@FuzzTest(maxDuration = "5m")
	void readsAnyBytesIntoBooksOrProblems(byte[] input) {
		long lines = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1).lines().count() + 1;
		List<ImportedBook> books = new ArrayList<>();
		try {
			this.reader.read(new ByteArrayInputStream(input), books::add);
			books.forEach((book) -> {
				assertThat(book.book().title()).isNotBlank();
				assertThat(book.chapters()).extracting(ChapterSource::details)
					.allSatisfy((chapter) -> assertThat(chapter.title()).isNotBlank());
				assertThat(book.chapters()).extracting(ChapterSource::sourceKey).doesNotHaveDuplicates();
			});
		}
		catch (InvalidFileException ex) {
			assertThat(ex.problems()).isNotEmpty().allSatisfy((problem) -> {
				assertThat(problem.line()).isBetween(0, (int) Math.min(Integer.MAX_VALUE, lines));
				assertThat(problem.message()).isNotBlank();
			});
		}
	}

	static Stream<Arguments> deposits() {
		return Stream.of(CORPUS).flatMap(CrossrefReaderFuzzTests::xmlFiles).map((file) -> {
			try {
				return Arguments.of(Named.of(file.toString(), Files.readAllBytes(file)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static Stream<Path> xmlFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".xml")).sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
