package org.colophon.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.colophon.ColophonApplication;
import org.colophon.EmbeddedPostgresServers;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one PostgreSQL database and one OpenSearch node,
 * coordinated by Hibernate Search's outbox polling, as replicas behind a load balancer
 * would be. The first instance processes no index changes at all (its event processor is
 * off), so what is stored through it reaches the index only through the outbox table,
 * processed by the second: a chapter stored through one is then found through the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchReplicasIntegrationTests {

	private static final Duration INDEXED_WITHIN = Duration.ofSeconds(60);

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private EmbeddedPostgres postgres;

	private ConfigurableApplicationContext storing;

	private ConfigurableApplicationContext indexing;

	@BeforeAll
	void start() {
		this.postgres = EmbeddedPostgresServers.start();
		String index = "replicas-" + UUID.randomUUID();
		this.storing = start(index, false);
		this.indexing = start(index, true);
	}

	@AfterAll
	void stop() throws IOException {
		this.instances.forEach(ConfigurableApplicationContext::close);
		this.postgres.close();
	}

	@Test
	void aChapterStoredThroughOneInstanceIsFoundThroughTheOther() throws Exception {
		String word = "quaternionic" + Long.toString(System.nanoTime(), 36);
		assertThat(total(this.indexing, word)).isZero();

		this.storing.getBean(CatalogueService.class)
			.store("replicas-1", "replicas-1", new BookDetails("Replicated algebra", null, "Twin Press", 2024),
					List.of(),
					new ChapterDetails("1", "The " + word + " chapter", null, null,
							List.of(new Contributor("R. Eplica", "Mirror University")), LocalDate.of(2024, 5, 1),
							"Summary", List.of("Stored through one instance."), "Chapter", "1", null, false, null,
							List.of(), null));
		assertThat(this.storing.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
			.as("the change waits in the outbox, as the storing instance indexes nothing itself")
			.isPositive();

		await().atMost(INDEXED_WITHIN)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(total(this.indexing, word)).isEqualTo(1));
		JsonNode hit = search(this.indexing, word).get("hits").get(0);
		assertThat(hit.get("title").asString()).isEqualTo("The " + word + " chapter");
		assertThat(hit.get("bookTitle").asString()).isEqualTo("Replicated algebra");
		assertThat(total(this.storing, word)).as("and through the instance that stored it").isEqualTo(1);
		await().atMost(INDEXED_WITHIN)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.storing.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
				.as("processed events leave the outbox")
				.isZero());
	}

	private ConfigurableApplicationContext start(String index, boolean processesChanges) {
		// Arguments, as they outrank the profiles' files (the postgres profile's own
		// address).
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(ColophonApplication.class)
			.profiles("test", "postgres", "search-cluster")
			.run("--server.port=0", "--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--colophon.search.cluster.uris=" + OpenSearchNode.shared().uri(),
					"--colophon.search.index-name=" + index, "--colophon.search.coordination=outbox-polling",
					"--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled="
							+ processesChanges);
		this.instances.add(instance);
		return instance;
	}

	private long total(ConfigurableApplicationContext instance, String query) throws Exception {
		return search(instance, query).get("total").asLong();
	}

	private JsonNode search(ConfigurableApplicationContext instance, String query) throws Exception {
		URI uri = URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port")
				+ "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
