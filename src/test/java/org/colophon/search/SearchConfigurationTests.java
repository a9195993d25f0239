package org.colophon.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The Hibernate Search settings each backend and coordination gets.
 */
class SearchConfigurationTests {

	private static final SearchProperties.Cluster NO_SIGN_IN = new SearchProperties.Cluster(
			List.of(URI.create("http://search-1:9200"), URI.create("http://search-2:9200")), "", null);

	@Test
	void luceneKeepsItsIndexInTheFolderWithTheLuceneAnalyzers() {
		Map<String, Object> settings = SearchConfiguration
			.backend(properties(SearchProperties.Backend.LUCENE, SearchProperties.Coordination.NONE, NO_SIGN_IN));

		assertThat(settings).containsEntry("hibernate.search.backend.type", "lucene")
			.containsEntry("hibernate.search.backend.directory.root", Path.of("index").toAbsolutePath().toString())
			.doesNotContainKey("hibernate.search.backend.uris");
		assertThat(settings.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(SearchAnalysis.class);
	}

	@Test
	void openSearchGetsEveryAddressAndTheClusterAnalyzersAndSignsInOnlyWithAUser() {
		Map<String, Object> anonymous = SearchConfiguration
			.backend(properties(SearchProperties.Backend.OPENSEARCH, SearchProperties.Coordination.NONE, NO_SIGN_IN));
		assertThat(anonymous).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.uris", "http://search-1:9200,http://search-2:9200")
			.doesNotContainKeys("hibernate.search.backend.username", "hibernate.search.backend.password",
					"hibernate.search.backend.directory.root");
		assertThat(anonymous.get("hibernate.search.backend.analysis.configurer"))
			.isInstanceOf(ClusterSearchAnalysis.class);

		Map<String, Object> signedIn = SearchConfiguration
			.backend(properties(SearchProperties.Backend.OPENSEARCH, SearchProperties.Coordination.NONE,
					new SearchProperties.Cluster(List.of(URI.create("https://search:9200")), "colophon", "s3cret")));
		assertThat(signedIn).containsEntry("hibernate.search.backend.username", "colophon")
			.containsEntry("hibernate.search.backend.password", "s3cret");
	}

	@Test
	void outboxPollingIsTurnedOnOnlyWhenAskedFor() {
		assertThat(SearchConfiguration.coordination(
				properties(SearchProperties.Backend.OPENSEARCH, SearchProperties.Coordination.NONE, NO_SIGN_IN)))
			.isEmpty();
		assertThat(SearchConfiguration.coordination(properties(SearchProperties.Backend.OPENSEARCH,
				SearchProperties.Coordination.OUTBOX_POLLING, NO_SIGN_IN)))
			.containsExactly(Map.entry("hibernate.search.coordination.strategy", "outbox-polling"));
	}

	@Test
	void refusesOutboxPollingOnAnIndexFolderPerInstance() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SearchConfiguration.coordination(properties(SearchProperties.Backend.LUCENE,
					SearchProperties.Coordination.OUTBOX_POLLING, NO_SIGN_IN)))
			.withMessageContaining("colophon.search.backend=opensearch");
	}

	private static SearchProperties properties(SearchProperties.Backend backend,
			SearchProperties.Coordination coordination, SearchProperties.Cluster cluster) {
		return new SearchProperties(Path.of("index"), false, 500, 32, 1000, backend, "chapter", coordination, cluster);
	}

}
