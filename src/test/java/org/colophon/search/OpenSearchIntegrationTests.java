package org.colophon.search;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search on the OpenSearch backend of the {@code search-cluster} profile, against a real
 * OpenSearch node ({@link OpenSearchNode}), in an index of this class's own. Each change
 * waits until the cluster makes it searchable ({@code sync}), so that a test can search
 * for what it has just stored, as it does on Lucene.
 */
@SpringBootTest(properties = { "colophon.search.max-query-words=32", "colophon.search.coordination=none",
		"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync" })
@ActiveProfiles({ "test", "search-cluster" })
class OpenSearchIntegrationTests extends SearchBehaviourTests {

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) {
		registry.add("colophon.search.cluster.uris", () -> OpenSearchNode.shared().uri());
		registry.add("colophon.search.index-name", () -> "chapter-" + UUID.randomUUID());
	}

}
