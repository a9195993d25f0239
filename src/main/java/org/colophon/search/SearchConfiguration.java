package org.colophon.search;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.colophon.access.AccessService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands Hibernate Search its mapping, its analyzers, its backend and how instances
 * coordinate. The {@code lucene} backend keeps the index in a folder; the
 * {@code opensearch} backend (selected by the {@code search-cluster} profile) sends it to
 * an OpenSearch cluster, with the same mapping and analyzers defined the same way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer searchMapping(SearchProperties properties, ObjectProvider<AccessService> access) {
		return (hibernate) -> {
			hibernate.putAll(backend(properties));
			hibernate.putAll(coordination(properties));
			hibernate.put("hibernate.search.mapping.configurer",
					new SearchMapping(properties.indexName(), new AccessModelBinder(access)));
		};
	}

	static Map<String, Object> backend(SearchProperties properties) {
		if (properties.backend() == SearchProperties.Backend.LUCENE) {
			return Map.of("hibernate.search.backend.type", "lucene", "hibernate.search.backend.directory.root",
					properties.location().toAbsolutePath().toString(), "hibernate.search.backend.analysis.configurer",
					new SearchAnalysis());
		}
		SearchProperties.Cluster cluster = properties.cluster();
		String uris = cluster.uris().stream().map(URI::toString).collect(Collectors.joining(","));
		Map<String, Object> settings = new HashMap<>(
				Map.of("hibernate.search.backend.type", "elasticsearch", "hibernate.search.backend.uris", uris,
						"hibernate.search.backend.analysis.configurer", new ClusterSearchAnalysis()));
		if (cluster.signsIn()) {
			settings.put("hibernate.search.backend.username", cluster.username());
			settings.put("hibernate.search.backend.password", (cluster.password() != null) ? cluster.password() : "");
		}
		return settings;
	}

	/**
	 * With outbox polling, Hibernate Search maps its outbox and agent tables as entities
	 * of the persistence unit; Flyway creates them (V11), and Hibernate validates them
	 * like every other table. Each change is indexed by one instance only (the instances
	 * share out the chapters), so the index must be one they share: a cluster, not a
	 * folder each.
	 */
	static Map<String, Object> coordination(SearchProperties properties) {
		if (properties.coordination() == SearchProperties.Coordination.NONE) {
			return Map.of();
		}
		if (properties.backend() != SearchProperties.Backend.OPENSEARCH) {
			throw new IllegalStateException("colophon.search.coordination=outbox-polling needs "
					+ "colophon.search.backend=opensearch (the search-cluster profile): with an index folder "
					+ "per instance, each instance would index only its share of the changes");
		}
		return Map.of("hibernate.search.coordination.strategy", "outbox-polling");
	}

}
