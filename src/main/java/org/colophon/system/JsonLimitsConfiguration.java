package org.colophon.system;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the application's JSON mapper on a parser bounded by
 * {@link JsonLimitsProperties}: a longer or deeper body fails while it is read, as a 400,
 * before it fills the heap.
 * <p>
 * Jackson 3 fixes the parser's constraints when the mapper builder is created, so this
 * replaces Spring Boot's builder bean rather than customising it; Boot's customisers (the
 * {@code spring.jackson.*} settings among them) still apply, in their order.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimitsConfiguration {

	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(JsonLimitsProperties limits, List<JsonMapperBuilderCustomizer> customizers) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxDocumentLength(limits.maxDocumentSize().toBytes())
			.maxNestingDepth(limits.maxNestingDepth())
			.build();
		JsonMapper.Builder builder = JsonMapper
			.builder(JsonFactory.builder().streamReadConstraints(constraints).build());
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
