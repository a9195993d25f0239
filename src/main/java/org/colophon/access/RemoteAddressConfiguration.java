package org.colophon.access;

import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * The viewer's address is the connection's address. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are honoured only from the proxies in
 * {@code colophon.access.trusted-proxies}, through Tomcat's {@link RemoteIpValve}, which
 * walks the chain from the right and stops at the first address that is not a trusted
 * proxy; what it takes from a trusted proxy is kept a literal address by
 * {@link ForwardedAddressValve}.
 * <p>
 * Nothing else may decide whom to trust. Spring Boot adds a valve of its own on a cloud
 * platform, with {@code server.forward-headers-strategy=native} or with any
 * {@code server.tomcat.remoteip.*} header set, and that valve trusts every private and
 * loopback address: behind kube-proxy or a layer-4 balancer every client would be
 * believed. So this valve replaces Boot's; and with
 * {@code server.forward-headers-strategy=framework} Boot would register Spring's
 * {@link ForwardedHeaderFilter}, which believes anyone, so the one registered here only
 * removes the headers.
 */
@Configuration(proxyBeanMethods = false)
class RemoteAddressConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(AccessProperties properties) {
		return new TrustedProxiesCustomizer(ProxyPatterns.of(properties.trustedProxies()));
	}

	/**
	 * Once the valve has read them, the forwarded headers are removed, so that nothing
	 * later (Spring's own filter among them) believes what the valve did not. Being a
	 * {@link ForwardedHeaderFilter} registration, it also stands in for the one Spring
	 * Boot would register.
	 */
	@Bean
	FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeadersRemoved() {
		ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
		filter.setRemoveOnly(true);
		FilterRegistrationBean<ForwardedHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Runs after Spring Boot's own customizer, so that the valve it may have added is
	 * there to be taken out.
	 */
	private static final class TrustedProxiesCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final String pattern;

		private TrustedProxiesCustomizer(String pattern) {
			this.pattern = pattern;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			List<Valve> others = factory.getEngineValves()
				.stream()
				.filter((valve) -> !(valve instanceof RemoteIpValve))
				.toList();
			RemoteIpValve valve = new RemoteIpValve();
			valve.setInternalProxies(this.pattern);
			valve.setTrustedProxies(null);
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			factory.setEngineValves(others);
			factory.addEngineValves(valve, new ForwardedAddressValve());
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
