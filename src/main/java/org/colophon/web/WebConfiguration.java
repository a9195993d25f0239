package org.colophon.web;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets handlers declare who is asking as a parameter instead of working it out from the
 * request.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final Clock clock;

	WebConfiguration(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ViewerArgumentResolver(this.clock));
	}

}
