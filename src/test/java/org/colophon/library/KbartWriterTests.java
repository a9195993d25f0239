package org.colophon.library;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KbartWriterTests {

	private static final BookInfo BOOK = new BookInfo("6e25aec0667874f0",
			new BookDetails("Stalin\tand\r\nthe Factories", "A History\u0007", "Press\u2028One", 1999), List.of(),
			Instant.parse("2026-01-01T00:00:00Z"));

	@Test
	void headerHasTheTwentyFiveKbartColumnsInOrder() throws Exception {
		String text = write();

		assertThat(text.lines().findFirst()).hasValue("publication_title\tprint_identifier\tonline_identifier\t"
				+ "date_first_issue_online\tnum_first_vol_online\tnum_first_issue_online\tdate_last_issue_online\t"
				+ "num_last_vol_online\tnum_last_issue_online\ttitle_url\tfirst_author\ttitle_id\tembargo_info\t"
				+ "coverage_depth\tnotes\tpublisher_name\tpublication_type\tdate_monograph_published_print\t"
				+ "date_monograph_published_online\tmonograph_volume\tmonograph_edition\tfirst_editor\t"
				+ "parent_publication_title_id\tpreceding_publication_title_id\taccess_type");
	}

	@Test
	void valuesCannotBreakRowsOrColumns() throws Exception {
		List<String> lines = write(new Title(BOOK, true, Set.of(), false)).lines().toList();

		assertThat(lines).hasSize(2);
		String[] cells = lines.get(1).split("\t", -1);
		assertThat(cells).hasSize(25);
		assertThat(cells[0]).isEqualTo("Stalin and the Factories: A History");
		assertThat(cells[15]).isEqualTo("Press One");
	}

	@Test
	void describesAWholeBookAsAMonographWithItsLandingPage() throws Exception {
		String[] cells = write(new Title(BOOK, true, Set.of(), false)).lines().toList().get(1).split("\t", -1);

		assertThat(cells[9]).isEqualTo("https://books.example.org/books/6e25aec0667874f0/stalin-and-the-factories");
		assertThat(cells[11]).isEqualTo("6e25aec0667874f0");
		assertThat(cells[13]).isEqualTo("fulltext");
		assertThat(cells[16]).isEqualTo("monograph");
		assertThat(cells[17]).isEqualTo("1999");
		assertThat(cells[24]).isEqualTo("P");
		assertThat(List.of(cells[1], cells[2], cells[3], cells[10], cells[12], cells[14])).containsOnly("");
	}

	@Test
	void namesTheBookByItsIsbnsAndDoi() throws Exception {
		BookInfo identified = new BookInfo("b1", new BookDetails("Identified", null, "Registry Press", 2019,
				"https://doi.org/10.5555/Book.7", "0-306-40615-2", "9780306406157"), List.of(),
				Instant.parse("2026-01-01T00:00:00Z"));
		String[] cells = write(new Title(identified, true, Set.of(), false)).lines().toList().get(1).split("\t", -1);

		assertThat(cells[1]).isEqualTo("9780306406157");
		assertThat(cells[2]).isEqualTo("9780306406157");
		assertThat(cells[11]).isEqualTo("10.5555/book.7");
	}

	@Test
	void marksSelectedChaptersAndFreeTitles() throws Exception {
		String[] cells = write(new Title(BOOK, false, Set.of("90609dfc5ebe730d"), true)).lines()
			.toList()
			.get(1)
			.split("\t", -1);

		assertThat(cells[13]).isEqualTo("selected articles");
		assertThat(cells[24]).isEqualTo("F");
	}

	@Test
	void cellsDropControlCharactersAndOuterSpace() {
		assertThat(KbartWriter.cell(" a\tb\n\nc\u0000d ")).isEqualTo("a b cd");
		assertThat(KbartWriter.cell(null)).isEmpty();
	}

	private static String write(Title... titles) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		KbartWriter writer = new KbartWriter(out, "https://books.example.org");
		writer.header();
		for (Title title : titles) {
			writer.write(title);
		}
		writer.flush();
		return out.toString(StandardCharsets.UTF_8);
	}

}
