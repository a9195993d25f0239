package org.colophon.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;
import org.colophon.imports.ImportReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Crossref deposits imported into a real database, through the service, the command and
 * the admin API.
 */
@SpringBootTest(properties = { "colophon.seeds.load-on-startup=false", "colophon.imports.command=true",
		"colophon.admin.email=" + ImportIntegrationTests.ADMIN,
		"colophon.admin.password=" + ImportIntegrationTests.PASSWORD })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportIntegrationTests {

	static final String ADMIN = "imports-admin@colophon.test";

	static final String PASSWORD = "a long import password";

	private static final Path SAMPLE = Path.of("samples/crossref-book.xml");

	@Autowired
	private ImportService imports;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private MockMvc mvc;

	@Test
	void importsTheSampleOnceAndAgainChangesNothing(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("rivers.xml");
		Files.writeString(file, sample("ONCE", 1));

		ImportReport first = this.imports.importFile(file, "rivers.xml", ImportProgress.NONE);
		ImportReport second = this.imports.importFile(file, "rivers.xml", ImportProgress.NONE);

		assertThat(first.status()).isEqualTo(Status.IMPORTED);
		assertThat(first.format()).isEqualTo("Crossref");
		assertThat(List.of(first.created(), first.updated(), first.unchanged(), first.failed())).containsExactly(4, 0,
				0, 0);
		assertThat(List.of(second.created(), second.updated(), second.unchanged(), second.failed())).containsExactly(0,
				0, 4, 0);
		BookInfo book = this.catalogue.bookByDoi("10.5555/once").orElseThrow();
		assertThat(book.printIsbn()).isEqualTo(isbn(1, 1));
		assertThat(this.catalogue.bookWithChapters(book.id()).chapters()).hasSize(3);
		ChapterInfo chapter = this.catalogue.chapterByDoi("10.5555/ONCE.001").orElseThrow();
		assertThat(chapter.details().part()).isEqualTo("Part I - Harbours");
		assertThat(chapter.details().contributors()).hasSize(2);
		assertThat(chapter.book().id()).isEqualTo(book.id());
	}

	@Test
	void importsAreCountedInTheMetricsByOutcome(@Autowired MeterRegistry registry, @TempDir Path folder)
			throws IOException {
		Path file = folder.resolve("counted.xml");
		Files.writeString(file, sample("COUNTED", 7));
		Path text = Files.writeString(folder.resolve("counted.txt"), "not a deposit");
		double imported = count(registry, "colophon.import.files", "status", "IMPORTED");
		double refused = count(registry, "colophon.import.files", "status", "FAILED");
		double created = count(registry, "colophon.import.records", "outcome", "created");
		double unchanged = count(registry, "colophon.import.records", "outcome", "unchanged");

		this.imports.importFile(file, "counted.xml", ImportProgress.NONE);
		this.imports.importFile(file, "counted.xml", ImportProgress.NONE);
		this.imports.importFile(text, "counted.txt", ImportProgress.NONE);

		assertThat(count(registry, "colophon.import.files", "status", "IMPORTED")).isEqualTo(imported + 2);
		assertThat(count(registry, "colophon.import.files", "status", "FAILED")).isEqualTo(refused + 1);
		assertThat(count(registry, "colophon.import.records", "outcome", "created")).isEqualTo(created + 4);
		assertThat(count(registry, "colophon.import.records", "outcome", "unchanged")).isEqualTo(unchanged + 4);
	}

	@Test
	void anInvalidFileIsReportedWithLinesAndStoresNothing(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("invalid.xml");
		Files.writeString(file, sample("INVALID", 2).replace("<book book_type=\"edited_book\">", "<book>"));

		ImportReport report = this.imports.importFile(file, "invalid.xml", ImportProgress.NONE);

		assertThat(report.status()).isEqualTo(Status.FAILED);
		assertThat(report.reason()).contains("nothing was stored");
		assertThat(report.problems()).isNotEmpty().allSatisfy((problem) -> assertThat(problem.line()).isPositive());
		assertThat(report.problems().get(0).line()).isEqualTo(17);
		assertThat(report.problems().get(0).message()).contains("book_type");
		assertThat(this.catalogue.bookByDoi("10.5555/invalid")).isEmpty();
		assertThat(this.catalogue.chapterByDoi("10.5555/invalid.001")).isEmpty();
	}

	@Test
	void aBookTheDatabaseRefusesIsLeftOutWholeAndTheBooksBesideItAreStored(@TempDir Path folder) throws IOException {
		// Three books in one transaction's worth; the middle one's title is longer than
		// its column, which the schema allows and the database refuses.
		String first = book(sample("BESIDE1", 11));
		String refused = book(sample("REFUSED", 12)).replace("<title>Rivers and Their Cities</title>",
				"<title>" + "Rivers ".repeat(200) + "</title>");
		String third = book(sample("BESIDE3", 13));
		String deposit = sample("BESIDE1", 11).replace(first, first + refused + third);
		Path file = Files.writeString(folder.resolve("three.xml"), deposit);

		ImportReport report = this.imports.importFile(file, "three.xml", ImportProgress.NONE);

		assertThat(report.status()).isEqualTo(Status.IMPORTED);
		assertThat(List.of(report.created(), report.failed())).containsExactly(8, 4);
		assertThat(report.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("not stored"));
		assertThat(this.catalogue.bookByDoi("10.5555/beside1")).isPresent();
		assertThat(this.catalogue.bookByDoi("10.5555/beside3")).isPresent();
		assertThat(this.catalogue.bookByDoi("10.5555/refused")).isEmpty();
		assertThat(this.catalogue.chapterByDoi("10.5555/REFUSED.001")).isEmpty();
	}

	private static String book(String deposit) {
		return deposit.substring(deposit.indexOf("<book "), deposit.indexOf("</book>") + "</book>".length());
	}

	@Test
	void aFileOfAnotherKindIsRefused(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("notes.txt");
		Files.writeString(file, "just some text");

		assertThat(this.imports.importFile(file, "notes.txt", ImportProgress.NONE).reason())
			.startsWith("not a format this site imports");
	}

	@Test
	void aChapterLoadedBeforeWithTheSameDoiIsRevisedNotDuplicated(@TempDir Path folder) throws IOException {
		String captured = this.catalogue
			.store("captured-merge", "h", new BookDetails("Captured first", null, "P", 2020), List.of(),
					new ChapterDetails("1", "Old title", null, null, List.of(), null, null, List.of(), "Chapter", "1",
							"2", false, null, List.of(), null, "10.5555/merge.001"))
			.chapterId();
		Path file = folder.resolve("merge.xml");
		Files.writeString(file, sample("MERGE", 3));

		ImportReport report = this.imports.importFile(file, "merge.xml", ImportProgress.NONE);

		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.created()).isEqualTo(3);
		ChapterInfo chapter = this.catalogue.chapterByDoi("10.5555/merge.001").orElseThrow();
		assertThat(chapter.id()).isEqualTo(captured);
		assertThat(chapter.title()).isEqualTo("The Harbour of Hamburg: Tolls and Tides");
		assertThat(chapter.book().doi()).isEqualTo("10.5555/merge");
	}

	@Test
	void theCommandImportsFoldersAndPrintsASummaryPerFile(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("a.xml"), sample("COMMAND", 4));
		Files.writeString(folder.resolve("b.xml"), "<not-a-deposit/>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ImportCommand command = new ImportCommand(this.imports, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("import", folder.toString()));

		assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
				"a.xml (Crossref): 4 created, 0 updated, 0 unchanged, 0 failed",
				"b.xml: failed, not a format this site imports (a Crossref deposit or an ONIX 3.0 message)");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("a.xml [").contains("100%").contains("4 records");
		assertThat(command.getExitCode()).isEqualTo(1);
	}

	@Test
	void theCommandIsABeanWhenAskedFor(@Autowired ImportCommand command) {
		assertThat(command.getExitCode()).as("started without paths: usage").isEqualTo(2);
	}

	@Test
	void theCommandWithoutPathsSaysHowToUseIt() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ImportCommand command = new ImportCommand(this.imports, System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("import"));

		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar colophon.jar import");
		assertThat(command.getExitCode()).isEqualTo(2);
	}

	@Test
	void adminUploadsAFileAndFollowsTheJob() throws Exception {
		byte[] body = sample("UPLOAD", 5).getBytes(StandardCharsets.UTF_8);

		String location = this.mvc
			.perform(post("/api/admin/imports?name=rivers.xml").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_XML)
				.content(body))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> "DONE".equals(JsonPath.read(this.mvc.perform(get(location).with(httpBasic(ADMIN, PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.status")));
		this.mvc.perform(get(location).with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(jsonPath("$.reports[0].file").value("rivers.xml"))
			.andExpect(jsonPath("$.reports[0].status").value("IMPORTED"))
			.andExpect(jsonPath("$.reports[0].created").value(4))
			.andExpect(jsonPath("$.records").value(4));
		assertThat(this.catalogue.bookByDoi("10.5555/upload")).isPresent();
	}

	/**
	 * The sample with its DOIs and ISBNs made unique to a test, so that no test finds the
	 * book another stored.
	 */
	private static double count(MeterRegistry registry, String name, String tag, String value) {
		Counter counter = registry.find(name).tag(tag, value).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String sample(String doiKey, int n) throws IOException {
		return Files.readString(SAMPLE)
			.replace("10.5555/RIVERS", "10.5555/" + doiKey)
			.replace("978-0-521-45059-1", isbn(n, 1))
			.replace("9780511558214", isbn(n, 2));
	}

	private static String isbn(int n, int edition) {
		String body = String.format("979%07d%02d", n, edition);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (body.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return body + (10 - sum % 10) % 10;
	}

	@Test
	void exportsABookAsADepositValidAgainstTheOfficialSchema(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("export.xml");
		Files.writeString(file, sample("EXPORT", 6).replace("""
				<person_name sequence="additional" contributor_role="author">
				            <given_name>Sofia</given_name>
				            <surname>Rossi</surname>""", """
				<person_name sequence="additional" contributor_role="editor">
				            <given_name>Sofia</given_name>
				            <surname>Rossi</surname>
				            <ORCID authenticated="true">https://orcid.org/0000-0002-1694-233X</ORCID>"""));
		this.imports.importFile(file, "export.xml", ImportProgress.NONE);
		BookInfo book = this.catalogue.bookByDoi("10.5555/export").orElseThrow();

		byte[] deposit = this.mvc.perform(get("/api/publications/" + book.id() + "/crossref.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(CrossrefSchema.validate(new java.io.ByteArrayInputStream(deposit))).isEmpty();
		String xml = new String(deposit, StandardCharsets.UTF_8);
		assertThat(xml).contains("<doi>10.5555/export</doi>", "<doi>10.5555/export.001</doi>",
				"<doi>10.5555/export.002</doi>", "<doi>10.5555/export.003</doi>",
				"<isbn media_type=\"print\">" + isbn(6, 1) + "</isbn>", "<surname>M\u00fcller</surname>",
				"<given_name>J\u00fcrgen</given_name>", "<first_page>3</first_page>", "<resource>http://localhost");
		List<ImportedBook> read = new java.util.ArrayList<>();
		new CrossrefReader().read(new java.io.ByteArrayInputStream(deposit), read::add);
		assertThat(read).singleElement()
			.satisfies((again) -> assertThat(again.chapters()).extracting((chapter) -> chapter.details().doi())
				.containsExactlyInAnyOrder("10.5555/export.001", "10.5555/export.002", "10.5555/export.003"));
		assertThat(read.get(0).chapters()).filteredOn((chapter) -> "10.5555/export.001".equals(chapter.details().doi()))
			.singleElement()
			.satisfies((again) -> assertThat(again.details().contributors()).as("roles and iDs written back")
				.containsExactly(
						new Contributor("J\u00fcrgen M\u00fcller", "Universit\u00e4t Hamburg", ContributorRole.AUTHOR,
								"https://orcid.org/0000-0002-1825-0097"),
						new Contributor("Sofia Rossi", null, ContributorRole.EDITOR,
								"https://orcid.org/0000-0002-1694-233X")));
	}

	@Test
	void exportAnswersMissingAndIncompleteBooksAsProblems() throws Exception {
		String bare = this.catalogue.storeBook(new BookDetails("No publisher", null, null, null), List.of()).bookId();

		this.mvc.perform(get("/api/publications/nope/crossref.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/publications/" + bare + "/crossref.xml"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Not enough metadata for a deposit"));
	}

	@Test
	void onlyAdminsImportAndUnknownJobsAreNotFound() throws Exception {
		this.mvc.perform(get("/api/admin/imports/nope")).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/admin/imports").contentType(MediaType.APPLICATION_XML).content("<x/>"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/admin/imports/nope").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

}
