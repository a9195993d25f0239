package org.colophon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators watch, on the application as it runs with the real seeds: the health
 * probes, the Prometheus scrape and the meters in it, the request id on every answer, and
 * the shutdown settings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ObservabilityIntegrationTests {

	private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@TempDir
	private Path folder;

	@Test
	void livenessAndReadinessAreUpOnceTheSeedsHaveLoaded() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusScrapeIsForAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/prometheus").with(user("reader@colophon.test").roles("READER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(user("admin@colophon.test").roles("ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void prometheusScrapeHasPageLatencyHistogramsIngestOutcomesAndDeliveries() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk());

		List<String> scrape = scrape();

		assertThat(scrape)
			.anyMatch((line) -> line.startsWith("http_server_requests_seconds_bucket{") && line.contains("uri=\"/\""));
		assertThat(value(scrape, "colophon_ingest_files{status=\"CREATED\"}")).isPositive();
		assertThat(value(scrape, "colophon_ingest_files{status=\"FAILED\"}")).isZero();
		assertThat(value(scrape, "colophon_deliveries{status=\"PENDING\"}")).isZero();
		assertThat(value(scrape, "colophon_deliveries{status=\"DELIVERED\"}")).isZero();
	}

	@Test
	void deniedFullTextRequestCountsAsATurnaway() throws Exception {
		StoreOutcome stored = this.catalogue.store("observability-turnaway", "hash",
				new BookDetails("Observability test book", null, "Test Press", 2020), List.of(),
				CatalogueFixtures.chapter("1", "Chapter turned away", "1"));
		Path pdf = Files.write(this.folder.resolve("turnaway.pdf"), PDF);
		this.content.attach(stored.chapterId(), ContentFormat.PDF, pdf);
		double before = turnaways();

		this.mvc.perform(get(
				"/chapters/" + stored.chapterId() + "/" + this.catalogue.chapter(stored.chapterId()).slug() + "/pdf")
			.with((request) -> {
				request.setRemoteAddr("198.51.100.20");
				return request;
			})).andExpect(status().isForbidden());

		assertThat(turnaways()).isEqualTo(before + 1);
		assertThat(value(scrape(), "colophon_fulltext_turnaways_total{format=\"PDF\",reason=\"NO_LICENCE\"}"))
			.isEqualTo(before + 1);
	}

	@Test
	void everyAnswerCarriesARequestIdEvenWhenRefusedBySecurity() throws Exception {
		this.mvc.perform(get("/")).andExpect(header().string("X-Request-Id", matchesPattern(UUID_PATTERN)));
		this.mvc.perform(get("/").header("X-Request-Id", "edge-7f3a.42"))
			.andExpect(header().string("X-Request-Id", "edge-7f3a.42"));
		this.mvc.perform(get("/actuator/prometheus").header("X-Request-Id", "<script>alert(1)</script>"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(header().string("X-Request-Id", matchesPattern(UUID_PATTERN)));
	}

	@Test
	void shutsDownGracefully(@Autowired AbstractConfigurableWebServerFactory server,
			@Autowired LifecycleProperties lifecycle) {
		assertThat(server.getShutdown()).isEqualTo(Shutdown.GRACEFUL);
		assertThat(lifecycle.getTimeoutPerShutdownPhase()).isEqualTo(Duration.ofSeconds(20));
	}

	private double turnaways() {
		Counter counter = this.registry.find("colophon.fulltext.turnaways")
			.tag("format", "PDF")
			.tag("reason", "NO_LICENCE")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private List<String> scrape() throws Exception {
		return this.mvc.perform(get("/actuator/prometheus").with(user("admin@colophon.test").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.lines()
			.toList();
	}

	private static double value(List<String> scrape, String series) {
		return scrape.stream()
			.filter((line) -> line.startsWith(series + " "))
			.map((line) -> Double.parseDouble(line.substring(series.length() + 1).trim()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No series " + series + " in the scrape"));
	}

}
