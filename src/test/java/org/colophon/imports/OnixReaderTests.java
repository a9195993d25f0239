package org.colophon.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.BookContributor;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.Subject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OnixReaderTests {

	private final OnixReader reader = new OnixReader();

	@Test
	void readsAPrintProductWithItsContributorsSubjectsPriceAndContents() throws Exception {
		List<ImportedBook> books = read(sample());

		assertThat(books).hasSize(2);
		ImportedBook print = books.get(0);
		assertThat(print.line()).isEqualTo(13);
		assertThat(print.book().title()).isEqualTo("Rivers and Their Cities");
		assertThat(print.book().subtitle()).isEqualTo("Water, Trade and Power, 1200\u20131800");
		assertThat(print.book().publisher()).isEqualTo("Ridgeway University Press");
		assertThat(print.book().printPublicationYear()).isEqualTo(2024);
		assertThat(print.book().doi()).isEqualTo("10.5555/rivers");
		assertThat(print.book().printIsbn()).isEqualTo("9780521450591");
		assertThat(print.book().onlineIsbn()).as("from the related e-book, relation 27").isEqualTo("9780511558214");
		assertThat(print.profile().contributors()).containsExactly(
				new BookContributor("Ana Okafor", "editor", "University of Lagos"),
				new BookContributor("J\u00fcrgen M\u00fcller", "author", null));
		assertThat(print.profile().subjects()).containsExactly(new Subject("Thema", "NHB", "General and world history"),
				new Subject("keywords", null, "rivers; harbours; trade"));
		assertThat(print.price()).isEqualTo(new ImportedPrice(new BigDecimal("75.00"), "GBP", false));
		assertThat(print.chapters()).extracting((chapter) -> chapter.details().title())
			.containsExactly("The Harbour of Hamburg: Tolls and Tides", "Quays of Venice", "Afterword");
		assertThat(print.chapters()).extracting((chapter) -> chapter.details().part())
			.containsExactly("Part I - Harbours", "Part I - Harbours", null);
		assertThat(print.chapters().get(0).details().contributors()).containsExactly(
				new Contributor("J\u00fcrgen M\u00fcller", "Universit\u00e4t Hamburg"),
				new Contributor("Sofia Rossi", null));
		assertThat(print.chapters().get(0).details().label()).isEqualTo("1");
		assertThat(print.chapters().get(0).details().firstPage()).isEqualTo("3");
		assertThat(print.chapters().get(0).details().lastPage()).isEqualTo("27");
		assertThat(print.chapters()).extracting((chapter) -> chapter.details().doi())
			.containsExactly("10.5555/rivers.001", "10.5555/rivers.002", "10.5555/rivers.003");
		assertThat(print.chapters().get(0).sourceKey()).isEqualTo("onix:doi:10.5555/rivers.001");
	}

	@Test
	void readsAnElectronicProductWithTheOnlineIsbnAndAReplacingPrice() throws Exception {
		ImportedBook ebook = read(sample()).get(1);

		assertThat(ebook.book().onlineIsbn()).isEqualTo("9780511558214");
		assertThat(ebook.book().printIsbn()).as("from the related print product, relation 13")
			.isEqualTo("9780521450591");
		assertThat(ebook.book().printPublicationYear()).as("an e-book's date is not the print year").isNull();
		assertThat(ebook.book().doi()).isNull();
		assertThat(ebook.price()).isEqualTo(new ImportedPrice(new BigDecimal("45.00"), "GBP", true));
		assertThat(ebook.chapters()).isEmpty();
	}

	@Test
	void ordersContributorsBySequenceNumber() throws Exception {
		String swapped = sample().replace("<SequenceNumber>1</SequenceNumber>\n        <ContributorRole>B01",
				"<SequenceNumber>3</SequenceNumber>\n        <ContributorRole>B01");

		assertThat(read(swapped).get(0).profile().contributors()).extracting(BookContributor::name)
			.containsExactly("J\u00fcrgen M\u00fcller", "Ana Okafor");
	}

	@Test
	void prefersTheConsumerPriceAndTakesTheHeadersCurrency() throws Exception {
		String prices = sample()
			.replace("<SentDateTime>20260115T1000Z</SentDateTime>",
					"<SentDateTime>20260115T1000Z</SentDateTime>\n    <DefaultCurrencyCode>EUR</DefaultCurrencyCode>")
			.replace(
					"<Price>\n          <PriceType>02</PriceType>\n          <PriceAmount>75.00</PriceAmount>\n"
							+ "          <CurrencyCode>GBP</CurrencyCode>\n        </Price>",
					"<Price>\n          <PriceType>05</PriceType>\n          <PriceAmount>50</PriceAmount>\n"
							+ "        </Price>\n        <Price>\n          <PriceType>01</PriceType>\n"
							+ "          <PriceAmount>62.5</PriceAmount>\n        </Price>");

		assertThat(read(prices).get(0).price()).isEqualTo(new ImportedPrice(new BigDecimal("62.50"), "EUR", false));
	}

	@Test
	void passesOverDeletionsAndReportsWhatCannotBeStoredWithItsLine() throws Exception {
		String text = sample().replaceFirst("<NotificationType>03</NotificationType>",
				"<NotificationType>05</NotificationType>");
		assertThat(read(text)).hasSize(1);

		String bad = sample().replaceFirst("<IDValue>9780521450591</IDValue>", "<IDValue>9780521450592</IDValue>")
			.replace("<PriceAmount>45.00</PriceAmount>", "<PriceAmount>-3</PriceAmount>");
		assertThatExceptionOfType(InvalidFileException.class).isThrownBy(() -> read(bad))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ImportProblem::line, ImportProblem::message)
				.contains(org.assertj.core.groups.Tuple.tuple(18, "not a valid ISBN: '9780521450592'"),
						org.assertj.core.groups.Tuple.tuple(265, "not a price this site can charge: '-3'")));
	}

	@Test
	void refusesAnotherRootAndMalformedXml() {
		assertThatExceptionOfType(InvalidFileException.class).isThrownBy(() -> read("<doi_batch/>"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).contains("not an ONIX 3.0"));
		assertThatExceptionOfType(InvalidFileException.class)
			.isThrownBy(() -> read("<ONIXMessage xmlns=\"http://ns.editeur.org/onix/3.0/reference\">\n<Product>"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).startsWith("not well-formed XML"));
	}

	@Test
	void theSampleIsValidAgainstTheOfficialSchema() throws IOException {
		assertThat(OnixSchema.validate(new ByteArrayInputStream(sample().getBytes(StandardCharsets.UTF_8)))).isEmpty();
		String invalid = sample().replace("<ProductForm>BB</ProductForm>", "<ProductForm>X9</ProductForm>");
		assertThat(OnixSchema.validate(new ByteArrayInputStream(invalid.getBytes(StandardCharsets.UTF_8)))).first()
			.satisfies((problem) -> assertThat(problem.line()).isEqualTo(26));
	}

	private List<ImportedBook> read(String text) throws InvalidFileException {
		List<ImportedBook> books = new ArrayList<>();
		this.reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), books::add);
		return books;
	}

	private static String sample() throws IOException {
		return Files.readString(Path.of("samples/onix-book.xml"));
	}

}
