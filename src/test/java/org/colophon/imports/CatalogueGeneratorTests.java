package org.colophon.imports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.ChapterSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueGeneratorTests {

	@Test
	void writesDepositsValidAgainstTheOfficialSchemaThatReadAsTheCatalogueAskedFor(@TempDir Path folder)
			throws Exception {
		List<Path> files = new CatalogueGenerator(1).write(20, 6, 8, folder);

		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("catalogue-000001.xml", "catalogue-000002.xml", "catalogue-000003.xml");
		List<ImportedBook> books = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				assertThat(CrossrefSchema.validate(in)).as(file.toString()).isEmpty();
			}
			try (InputStream in = Files.newInputStream(file)) {
				new CrossrefReader().read(in, books::add);
			}
		}
		assertThat(books).hasSize(20).allSatisfy((book) -> {
			assertThat(book.chapters()).hasSize(6);
			assertThat(book.book().printIsbn()).isNotNull();
			assertThat(book.book().onlineIsbn()).isNotNull();
		});
		assertThat(books).filteredOn((book) -> book.book().doi() != null).hasSizeBetween(1, 19);
		List<ChapterSource> chapters = books.stream().flatMap((book) -> book.chapters().stream()).toList();
		assertThat(chapters).filteredOn((chapter) -> chapter.details().part() != null).isNotEmpty();
		assertThat(chapters).allSatisfy((chapter) -> {
			assertThat(chapter.details().contributors()).hasSizeBetween(2, 4);
			assertThat(chapter.details().summary()).isNotEmpty();
			assertThat(chapter.details().doi()).isNotNull();
		});
		assertThat(chapters)
			.anySatisfy((chapter) -> assertThat(chapter.details().title()).matches(".*[^\\x00-\\x7F].*"));
		assertThat(chapters).extracting((chapter) -> chapter.details().doi()).doesNotHaveDuplicates();
	}

	@Test
	void theSameArgumentsGiveTheSameFiles(@TempDir Path one, @TempDir Path two) throws Exception {
		Path first = new CatalogueGenerator(1).write(3, 2, 10, one).get(0);
		Path second = new CatalogueGenerator(1).write(3, 2, 10, two).get(0);

		assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
	}

}
