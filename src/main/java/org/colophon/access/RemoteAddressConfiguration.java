package org.colophon.access;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The viewer's address is the connection's address. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are honoured only from the proxies in
 * {@code colophon.access.trusted-proxies}, through Tomcat's {@link RemoteIpValve}, which
 * walks the chain from the right and stops at the first address that is not a trusted
 * proxy.
 */
@Configuration(proxyBeanMethods = false)
class RemoteAddressConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(AccessProperties properties) {
		String pattern = ProxyPatterns.of(properties.trustedProxies());
		return (factory) -> {
			RemoteIpValve valve = new RemoteIpValve();
			valve.setInternalProxies(pattern);
			valve.setTrustedProxies(null);
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			factory.addEngineValves(valve);
		};
	}

}
