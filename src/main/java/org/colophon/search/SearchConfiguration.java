package org.colophon.search;

import org.colophon.access.AccessService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands Hibernate Search its mapping, its analyzers and where the index lives. A profile
 * that selects another backend (see {@code application-search-cluster.properties}) keeps
 * the mapping and the analyzers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer searchMapping(SearchProperties properties, ObjectProvider<AccessService> access) {
		return (hibernate) -> {
			hibernate.putIfAbsent("hibernate.search.backend.directory.root",
					properties.location().toAbsolutePath().toString());
			hibernate.put("hibernate.search.backend.analysis.configurer", new SearchAnalysis());
			hibernate.put("hibernate.search.mapping.configurer", new SearchMapping(new AccessModelBinder(access)));
		};
	}

}
