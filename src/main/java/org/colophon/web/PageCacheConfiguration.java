package org.colophon.web;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.colophon.access.AccessService;
import org.colophon.system.PageVersions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The entity tags of API answers and exports ({@link ConditionalAnswersFilter}), and the
 * rendered-page cache and its filter, which runs after the security filters (so it knows
 * whether the visitor is signed in) and before the controllers. Its hits and misses are
 * published as the {@code cache.gets} meter of the cache named {@code pages}.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	Cache<PageCacheFilter.PageKey, CachedPage> renderedPages(PageCacheProperties properties, MeterRegistry registry) {
		Cache<PageCacheFilter.PageKey, CachedPage> cache = Caffeine.newBuilder()
			.maximumWeight(properties.cacheSize().toBytes())
			.weigher((PageCacheFilter.PageKey key, CachedPage page) -> page.weight())
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, cache, "pages");
		return cache;
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(Cache<PageCacheFilter.PageKey, CachedPage> pages,
			AccessService access, PageVersions versions, Clock clock, PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(pages, access, versions, clock, properties));
		registration.setOrder(0);
		registration.setEnabled(properties.cache());
		return registration;
	}

	@Bean
	FilterRegistrationBean<ConditionalAnswersFilter> conditionalAnswersFilter() {
		FilterRegistrationBean<ConditionalAnswersFilter> registration = new FilterRegistrationBean<>(
				new ConditionalAnswersFilter());
		registration.setOrder(1);
		return registration;
	}

}
