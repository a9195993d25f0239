package org.colophon.library;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.colophon.access.AdminService;
import org.colophon.account.Role;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * KBART lists and MARC records over the real catalogue and entitlements, with pages
 * smaller than the lists so that every list is read across several of them.
 */
@SpringBootTest(properties = { "colophon.admin.email=admin@colophon.test",
		"colophon.admin.password=correct horse battery staple", "colophon.paging.max-page-size=2",
		"colophon.site.base-url=https://books.example.org" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LibraryFilesIntegrationTests {

	static final Pattern CONTROL_NUMBER = Pattern.compile("<marc:controlfield tag=\"001\">([^<]+)<");

	static final String PASSWORD = "correct horse battery staple";

	static final RequestPostProcessor ADMIN = httpBasic("admin@colophon.test", PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	AdminService admin;

	final ObjectMapper json = new ObjectMapper();

	String run;

	String freeBook;

	String wholeBook;

	String expiredBook;

	String partBook;

	String partChapter;

	@BeforeEach
	void storeBooks() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
		this.freeBook = store("Free\tto\nRead " + this.run, 1, false);
		this.wholeBook = store("Whole " + this.run, 2, true);
		this.expiredBook = store("Expired " + this.run, 1, true);
		this.partBook = store("Part " + this.run, 3, true);
		this.partChapter = this.catalogue.bookWithChapters(this.partBook).chapters().get(1).id();
	}

	@Test
	void platformListHoldsEveryTitleUnderItsConventionalName() throws Exception {
		var response = this.mvc.perform(get("/kbart/all.txt"))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(result.getResponse().getContentType())
				.isEqualTo("text/tab-separated-values;charset=UTF-8"))
			.andReturn()
			.getResponse();

		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"Colophon_Global_AllTitles_" + LocalDate.now() + ".txt\"");
		List<String> lines = response.getContentAsString().lines().toList();
		assertThat(lines.get(0)).isEqualTo(String.join("\t", KbartWriter.COLUMNS));
		assertThat(lines).allSatisfy((line) -> assertThat(line.split("\t", -1)).hasSize(25));
		assertThat(row(lines, this.freeBook)[0]).isEqualTo("Free to Read " + this.run);
		assertThat(row(lines, this.freeBook)[24]).isEqualTo("F");
		assertThat(row(lines, this.wholeBook)[24]).isEqualTo("P");
		assertThat(row(lines, this.wholeBook)[9]).startsWith("https://books.example.org/books/" + this.wholeBook + "/");
		assertThat(row(lines, "6e25aec0667874f0")).isNotNull();
	}

	@Test
	void institutionListHoldsWhatItIsEntitledToToday() throws Exception {
		long institution = institution("Ridgeway University " + this.run);
		entitle(institution, this.wholeBook, null, null);
		entitle(institution, this.expiredBook, null, LocalDate.now().minusDays(1));
		entitle(institution, null, this.partChapter, null);
		String email = institutionAdmin(institution);

		var response = this.mvc.perform(get("/kbart/institutions/" + institution + ".txt").with(login(email)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
				"attachment; filename=\"Colophon_" + "RidgewayUniversity" + this.run.substring(0, 1).toUpperCase()
						+ this.run.substring(1) + "_AllTitles_" + LocalDate.now() + ".txt\"");
		List<String> lines = response.getContentAsString().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(row(lines, this.wholeBook)[13]).isEqualTo("fulltext");
		assertThat(row(lines, this.partBook)[13]).isEqualTo("selected articles");
	}

	@Test
	void institutionListIsForItsAdministratorsAndThePlatformAdminOnly() throws Exception {
		long own = institution("Own " + this.run);
		long other = institution("Other " + this.run);
		entitle(own, this.wholeBook, null, null);
		String path = "/kbart/institutions/" + own + ".txt";

		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
		this.mvc.perform(get(path).with(login(institutionAdmin(other)))).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(login(reader(own)))).andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk());
		this.mvc.perform(get("/kbart/institutions/" + Long.MAX_VALUE + ".txt").with(ADMIN))
			.andExpect(status().isNotFound());
	}

	@Test
	void platformRecordsAreMarcXmlValidAgainstTheSchemaAndIso2709() throws Exception {
		var xml = this.mvc.perform(get("/marc/all.xml")).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(xml.getContentType()).isEqualTo("application/marcxml+xml;charset=UTF-8");
		assertThat(xml.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"Colophon_Global_AllTitles_" + LocalDate.now() + ".xml\"");
		MarcSchemas.validate(xml.getContentAsByteArray());
		List<String> books = controlNumbers(xml.getContentAsByteArray());
		assertThat(books).contains(this.freeBook, this.wholeBook, this.partBook, "6e25aec0667874f0")
			.doesNotContain(this.partChapter)
			.doesNotHaveDuplicates();

		byte[] withChapters = this.mvc.perform(get("/marc/all.xml?chapters=true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		MarcSchemas.validate(withChapters);
		assertThat(controlNumbers(withChapters)).containsAll(books).contains(this.partChapter);

		var mrc = this.mvc.perform(get("/marc/all.mrc")).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(mrc.getContentType()).isEqualTo("application/marc");
		assertThat(iso2709ControlNumbers(mrc.getContentAsByteArray())).isEqualTo(books);
	}

	@Test
	void institutionRecordsHoldItsBooksEachWithTheChaptersItIsEntitledTo() throws Exception {
		long institution = institution("Fenland Institute " + this.run);
		entitle(institution, this.wholeBook, null, null);
		entitle(institution, null, this.partChapter, null);
		String email = institutionAdmin(institution);
		List<String> wholeChapters = this.catalogue.bookWithChapters(this.wholeBook)
			.chapters()
			.stream()
			.map((chapter) -> chapter.id())
			.toList();

		byte[] xml = this.mvc
			.perform(get("/marc/institutions/" + institution + ".xml?chapters=true").with(login(email)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		MarcSchemas.validate(xml);
		assertThat(controlNumbers(xml)).containsExactly(this.wholeBook, wholeChapters.get(0), wholeChapters.get(1),
				this.partBook, this.partChapter);

		byte[] mrc = this.mvc.perform(get("/marc/institutions/" + institution + ".mrc").with(login(email)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(iso2709ControlNumbers(mrc)).containsExactly(this.wholeBook, this.partBook);

		long other = institution("Other " + this.run);
		this.mvc.perform(get("/marc/institutions/" + institution + ".xml").with(login(institutionAdmin(other))))
			.andExpect(status().isForbidden());
	}

	@Test
	void oaiPmhOffersEachChapterAsAMarc21Record() throws Exception {
		String chapter = this.partChapter;
		byte[] formats = this.mvc.perform(get("/oai?verb=ListMetadataFormats"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(formats, StandardCharsets.UTF_8)).contains("<metadataPrefix>marc21</metadataPrefix>");

		byte[] record = this.mvc
			.perform(get("/oai?verb=GetRecord&metadataPrefix=marc21&identifier=oai:colophon.example:" + chapter))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		MarcSchemas.validate(record);
		assertThat(controlNumbers(record)).containsExactly(chapter);
		assertThat(new String(record, StandardCharsets.UTF_8))
			.contains("https://books.example.org/chapters/" + chapter + "/");

		byte[] list = this.mvc.perform(get("/oai?verb=ListRecords&metadataPrefix=marc21"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		MarcSchemas.validate(list);
		assertThat(controlNumbers(list)).isNotEmpty();
	}

	static List<String> controlNumbers(byte[] xml) {
		Matcher numbers = CONTROL_NUMBER.matcher(new String(xml, StandardCharsets.UTF_8));
		List<String> found = new ArrayList<>();
		while (numbers.find()) {
			found.add(numbers.group(1));
		}
		return found;
	}

	static List<String> iso2709ControlNumbers(byte[] mrc) {
		MarcStreamReader reader = new MarcStreamReader(new ByteArrayInputStream(mrc), "UTF-8");
		List<String> found = new ArrayList<>();
		while (reader.hasNext()) {
			found.add(reader.next().getControlNumber());
		}
		return found;
	}

	static String[] row(List<String> lines, String bookId) {
		return lines.stream()
			.map((line) -> line.split("\t", -1))
			.filter((cells) -> cells[11].equals(bookId))
			.findFirst()
			.orElse(null);
	}

	long institution(String name) throws Exception {
		String created = this.mvc
			.perform(post("/api/admin/institutions").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("name", name, "ipRanges", List.of()))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(created).get("id").asLong();
	}

	void entitle(long institution, String bookId, String chapterId, LocalDate endsOn) {
		this.admin.createEntitlement(institution, null, bookId, chapterId, null, endsOn);
	}

	String institutionAdmin(long institution) {
		String email = "librarian-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(email, PASSWORD, institution, Role.INSTITUTION_ADMIN);
		return email;
	}

	String reader(long institution) {
		String email = "reader-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(email, PASSWORD, institution, Role.READER);
		return email;
	}

	static RequestPostProcessor login(String email) {
		return httpBasic(email, PASSWORD);
	}

	String store(String title, int chapters, boolean accessRequired) {
		BookDetails book = new BookDetails(title, null, "Library Press", 2020);
		String id = null;
		for (int c = 1; c <= chapters; c++) {
			ChapterDetails details = new ChapterDetails(Integer.toString(c), "Chapter " + c + " of " + title, null,
					null, List.of(new Contributor("Ada Lovelace", "Analytical Society")), LocalDate.of(2020, 5, 1),
					null, List.of("About chapter " + c), "Chapter", Integer.toString(c * 10),
					Integer.toString(c * 10 + 9), accessRequired, null, List.of(),
					Instant.parse("2026-01-01T00:00:00Z"));
			id = this.catalogue.store(title + "-" + c, "hash", book, List.of(), details).bookId();
		}
		return id;
	}

}
