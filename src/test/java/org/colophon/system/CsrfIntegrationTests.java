package org.colophon.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.colophon.access.AdminService;
import org.colophon.account.Reader;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every form needs its CSRF token, whatever credentials the browser adds to it: browsers
 * replay cached HTTP Basic credentials on a cross-site form post too. Only a stateless
 * call to an API in a shape no cross-site form can take goes without one.
 */
@SpringBootTest(properties = "colophon.seeds.load-on-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CsrfIntegrationTests {

	private static final String PASSWORD = "a long enough password";

	private static final String KINDLE_JSON = "{\"service\":\"KINDLE\",\"format\":\"PDF\",\"kindleName\":\"jane\","
			+ "\"kindleDomain\":\"kindle.com\",\"acceptPolicy\":true}";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@Autowired
	private AdminService admin;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	private Path folder;

	private String chapterId;

	private String chapterPath;

	private RequestPostProcessor reader;

	@BeforeEach
	void entitledReaderAndAChapterWithAPdf() throws IOException {
		StoreOutcome stored = this.catalogue.store("csrf-" + UUID.randomUUID(), "hash",
				new BookDetails("Forged Requests", null, "Test Press", 2020), List.of(),
				CatalogueFixtures.chapter("1", "Tokens", "1"));
		Path pdf = Files.write(this.folder.resolve("chapter.pdf"), "%PDF-1.4\n%%EOF\n".getBytes());
		this.content.attach(stored.chapterId(), ContentFormat.PDF, pdf);
		this.chapterId = stored.chapterId();
		this.chapterPath = "/chapters/" + stored.chapterId() + "/" + this.catalogue.chapter(stored.chapterId()).slug();
		String email = "csrf-" + UUID.randomUUID() + "@colophon.test";
		Reader created = this.admin.createReader(email, PASSWORD, null, null);
		this.admin.createEntitlement(null, created.getId(), stored.bookId(), null, null, null);
		this.reader = httpBasic(email, PASSWORD);
	}

	@Test
	void aFormPostWithBasicCredentialsButNoTokenIsRefusedAndSavesNothing() throws Exception {
		this.mvc
			.perform(post(this.chapterPath + "/save/kindle").with(this.reader)
				.param("kindleName", "attacker")
				.param("kindleDomain", "kindle.com")
				.param("format", "PDF")
				.param("acceptPolicy", "true")
				.param("idempotencyKey", "forged-1")
				.param("place", "page"))
			.andExpect(status().isForbidden());

		assertThat(deliveries()).isZero();
	}

	@Test
	void anApiPostWithBasicCredentialsButNoTokenIsRefusedInAShapeAFormCanTake() throws Exception {
		for (MediaType formType : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED,
				MediaType.MULTIPART_FORM_DATA)) {
			this.mvc.perform(deliveryRequest().contentType(formType).content(KINDLE_JSON))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(deliveryRequest().content(KINDLE_JSON)).andExpect(status().isForbidden());

		assertThat(deliveries()).isZero();
	}

	@Test
	void anApiPostWithBasicCredentialsAndJsonNeedsNoToken() throws Exception {
		this.mvc.perform(deliveryRequest().contentType(MediaType.APPLICATION_JSON).content(KINDLE_JSON))
			.andExpect(status().isAccepted());

		assertThat(deliveries()).isOne();
	}

	@Test
	void anApiPostWithJsonButWithoutItsOwnCredentialsNeedsAToken() throws Exception {
		this.mvc
			.perform(post("/api/chapters/" + this.chapterId + "/deliveries").contentType(MediaType.APPLICATION_JSON)
				.content(KINDLE_JSON))
			.andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder deliveryRequest() {
		return post("/api/chapters/" + this.chapterId + "/deliveries").with(this.reader);
	}

	private long deliveries() {
		return this.jdbc.sql("SELECT COUNT(*) FROM delivery WHERE chapter_id = ?")
			.param(this.chapterId)
			.query(Long.class)
			.single();
	}

}
