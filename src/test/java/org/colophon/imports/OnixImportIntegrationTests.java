package org.colophon.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.colophon.access.AccessDecision;
import org.colophon.access.AccessModel;
import org.colophon.access.AccessOptionKind;
import org.colophon.access.AccessService;
import org.colophon.access.AdminService;
import org.colophon.access.OfferedOption;
import org.colophon.access.Viewer;
import org.colophon.catalogue.BookContributor;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.BookProfile;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Subject;
import org.colophon.imports.ImportReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ONIX 3.0 messages imported into a real database, alone and merged with the Crossref
 * deposit of the same book.
 */
@SpringBootTest(properties = { "colophon.seeds.load-on-startup=false", "colophon.imports.command=true",
		"colophon.admin.email=" + ImportIntegrationTests.ADMIN,
		"colophon.admin.password=" + ImportIntegrationTests.PASSWORD })
@ActiveProfiles("test")
class OnixImportIntegrationTests {

	@Autowired
	private ImportService imports;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private AdminService admin;

	@Autowired
	private AccessService access;

	@Test
	void importsTheSampleOnceAndAgainChangesNothing(@TempDir Path folder) throws IOException {
		Path file = write(folder, "onix.xml", Samples.onix("ONIX-ONCE", 101));

		ImportReport first = this.imports.importFile(file, "onix.xml", ImportProgress.NONE);
		ImportReport second = this.imports.importFile(file, "onix.xml", ImportProgress.NONE);

		assertThat(first.status()).isEqualTo(Status.IMPORTED);
		assertThat(first.format()).isEqualTo("ONIX 3.0");
		assertThat(counts(first)).as("the print book and its 3 chapters; the e-book's price revises the book")
			.containsExactly(4, 1, 0, 0);
		assertThat(counts(second)).containsExactly(0, 0, 5, 0);
		BookInfo book = this.catalogue.bookByDoi("10.5555/onix-once").orElseThrow();
		assertThat(book.printIsbn()).isEqualTo(Samples.isbn(101, 1));
		assertThat(book.onlineIsbn()).isEqualTo(Samples.isbn(101, 2));
		assertThat(this.catalogue.bookByIsbn(Samples.isbn(101, 2)).orElseThrow().id()).isEqualTo(book.id());
		assertThat(this.catalogue.bookWithChapters(book.id()).chapters()).hasSize(3);
		assertThat(this.catalogue.bookProfile(book.id()).subjects()).hasSize(2);
		assertThat(purchaseOffer(book.id())).as("the e-book's price, which is what the site sells")
			.satisfies((offer) -> {
				assertThat(offer.price()).isEqualByComparingTo("45.00");
				assertThat(offer.currency()).isEqualTo("GBP");
			});
	}

	@Test
	void aPriceSetBeforeIsKeptAgainstAPrintPriceButNotAnElectronicOne(@TempDir Path folder) throws IOException {
		String printOnly = Samples.onix("ONIX-PRICE", 102);
		printOnly = printOnly.substring(0, printOnly.indexOf("  <Product>", printOnly.indexOf("</Product>")))
				+ "</ONIXMessage>\n";
		Path file = write(folder, "print.xml", printOnly);
		this.imports.importFile(file, "print.xml", ImportProgress.NONE);
		String id = this.catalogue.bookByDoi("10.5555/onix-price").orElseThrow().id();
		this.admin.setPrice(id, new BigDecimal("99.00"), "EUR");

		ImportReport again = this.imports.importFile(file, "print.xml", ImportProgress.NONE);

		assertThat(counts(again)).containsExactly(0, 0, 4, 0);
		assertThat(purchaseOffer(id).price()).isEqualByComparingTo("99.00");
		assertThat(purchaseOffer(id).currency()).isEqualTo("EUR");
	}

	@Test
	void crossrefThenOnixGiveOneBookWithTheUnionOfTheirData(@TempDir Path folder) throws IOException {
		long before = this.catalogue.countBooks();

		ImportReport crossref = this.imports.importFile(write(folder, "c.xml", Samples.crossref("UNION-CO", 103)),
				"c.xml", ImportProgress.NONE);
		ImportReport onix = this.imports.importFile(write(folder, "o.xml", Samples.onix("UNION-CO", 103)), "o.xml",
				ImportProgress.NONE);

		assertThat(counts(crossref)).containsExactly(4, 0, 0, 0);
		assertThat(onix.created()).as("nothing new: the book and its chapters are known").isZero();
		assertThat(onix.failed()).isZero();
		assertOneBookWithTheUnion("10.5555/union-co", 103, before);
	}

	@Test
	void onixThenCrossrefGiveOneBookWithTheUnionOfTheirData(@TempDir Path folder) throws IOException {
		long before = this.catalogue.countBooks();

		ImportReport onix = this.imports.importFile(write(folder, "o.xml", Samples.onix("UNION-OC", 104)), "o.xml",
				ImportProgress.NONE);
		ImportReport crossref = this.imports.importFile(write(folder, "c.xml", Samples.crossref("UNION-OC", 104)),
				"c.xml", ImportProgress.NONE);

		assertThat(onix.created()).isEqualTo(4);
		assertThat(crossref.created()).as("the chapters are found by DOI, the book by DOI").isZero();
		assertThat(crossref.failed()).isZero();
		assertOneBookWithTheUnion("10.5555/union-oc", 104, before);
	}

	private void assertOneBookWithTheUnion(String doi, int n, long booksBefore) {
		assertThat(this.catalogue.countBooks()).isEqualTo(booksBefore + 1);
		BookInfo book = this.catalogue.bookByDoi(doi).orElseThrow();
		assertThat(this.catalogue.bookByIsbn(Samples.isbn(n, 1)).orElseThrow().id()).isEqualTo(book.id());
		assertThat(this.catalogue.bookByIsbn(Samples.isbn(n, 2)).orElseThrow().id()).isEqualTo(book.id());
		assertThat(book.title()).isEqualTo("Rivers and Their Cities");
		assertThat(book.subtitle()).isEqualTo("Water, Trade and Power, 1200\u20131800");
		assertThat(book.publisher()).isEqualTo("Ridgeway University Press");
		assertThat(book.printPublicationYear()).isEqualTo(2024);
		assertThat(this.catalogue.bookWithChapters(book.id()).chapters()).hasSize(3);
		ChapterInfo first = this.catalogue.chapterByDoi(doi + ".001").orElseThrow();
		assertThat(first.details().summary()).as("the Crossref abstract").hasSize(2);
		assertThat(first.details().part()).isEqualTo("Part I - Harbours");
		assertThat(first.details().contributors()).hasSize(2);
		BookProfile profile = this.catalogue.bookProfile(book.id());
		assertThat(profile.contributors()).as("from ONIX")
			.first()
			.isEqualTo(new BookContributor("Ana Okafor", "editor", "University of Lagos"));
		assertThat(profile.subjects()).contains(new Subject("Thema", "NHB", "General and world history"));
		assertThat(purchaseOffer(book.id()).price()).as("from ONIX").isEqualByComparingTo("45.00");
	}

	@Test
	void anInvalidMessageIsReportedWithLinesAndStoresNothing(@TempDir Path folder) throws IOException {
		Path file = write(folder, "invalid.xml", Samples.onix("ONIX-INVALID", 105)
			.replace("<ProductForm>ED</ProductForm>", "<ProductForm>X9</ProductForm>"));

		ImportReport report = this.imports.importFile(file, "invalid.xml", ImportProgress.NONE);

		assertThat(report.status()).isEqualTo(Status.FAILED);
		assertThat(report.format()).isEqualTo("ONIX 3.0");
		assertThat(report.reason()).contains("nothing was stored");
		assertThat(report.problems()).isNotEmpty();
		assertThat(report.problems().get(0).line()).isEqualTo(213);
		assertThat(report.problems().get(0).message()).contains("X9");
		assertThat(this.catalogue.bookByDoi("10.5555/onix-invalid")).as("nor the valid product before it").isEmpty();
		assertThat(this.catalogue.bookByIsbn(Samples.isbn(105, 1))).isEmpty();
	}

	@Test
	void shortTagsAreRefusedWithTheReason(@TempDir Path folder) throws IOException {
		Path file = write(folder, "short.xml",
				"<ONIXmessage xmlns=\"http://ns.editeur.org/onix/3.0/short\" release=\"3.0\"><header/></ONIXmessage>");

		ImportReport report = this.imports.importFile(file, "short.xml", ImportProgress.NONE);

		assertThat(report.status()).isEqualTo(Status.FAILED);
		assertThat(report.reason()).contains("short tags");
	}

	@Test
	void theCommandDetectsEachFormatInAFolder(@TempDir Path folder) throws IOException {
		write(folder, "a-crossref.xml", Samples.crossref("COMMAND-MIX", 106));
		write(folder, "b-onix.xml", Samples.onix("COMMAND-MIX", 106));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImportCommand command = new ImportCommand(this.imports, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("import", folder.toString()));

		assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
				"a-crossref.xml (Crossref): 4 created, 0 updated, 0 unchanged, 0 failed",
				"b-onix.xml (ONIX 3.0): 0 created, 2 updated, 3 unchanged, 0 failed");
		assertThat(command.getExitCode()).isZero();
	}

	private OfferedOption purchaseOffer(String bookId) {
		this.admin.setAccessModel(false, bookId, AccessModel.RESTRICTED, null);
		ChapterInfo chapter = this.catalogue.chapter(this.catalogue.bookWithChapters(bookId).chapters().get(0).id());
		AccessDecision decision;
		try {
			decision = this.access.decide(chapter, new Viewer(null, InetAddress.getByName("192.0.2.7")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return decision.options()
			.stream()
			.filter((option) -> option.kind() == AccessOptionKind.PURCHASE)
			.findFirst()
			.orElseThrow();
	}

	private static List<Integer> counts(ImportReport report) {
		return List.of(report.created(), report.updated(), report.unchanged(), report.failed());
	}

	private static Path write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

}
