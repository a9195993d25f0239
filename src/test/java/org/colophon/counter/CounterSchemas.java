package org.colophon.counter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.RegularExpression;

/**
 * The official COUNTER_SUSHI API 5.1 file (Project COUNTER's
 * {@code COUNTER_SUSHI_API.json}, copied unchanged from
 * {@code shared/schemas/counter-r51/}) as a JSON Schema 2020-12 validator: a payload is
 * checked against one of its component schemas or response schemas, every {@code $ref}
 * resolved inside the file, offline.
 */
final class CounterSchemas {

	private static final String FILE = "https://schemas.colophon.test/counter-r51/COUNTER_SUSHI_API.json";

	private static final Pattern BRACE_NOT_QUANTIFIER = Pattern.compile("\\{(?!\\d+(?:,\\d*)?\\})");

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder.schemas(Map.of(FILE, read()))
				.schemaRegistryConfig(
						SchemaRegistryConfig.builder().regularExpressionFactory(CounterSchemas::pattern).build()));

	private CounterSchemas() {
	}

	/**
	 * The errors of a payload against a component schema, e.g. {@code TR_B2} or
	 * {@code Exception_3030}.
	 */
	static List<Error> errors(String schema, String json) {
		return REGISTRY.getSchema(SchemaLocation.of(FILE + "#/components/schemas/" + schema))
			.validate(json, InputFormat.JSON);
	}

	/**
	 * The errors of a payload against the schema of a response, e.g. {@code 200_Status}
	 * or {@code 401_Exception}.
	 */
	static List<Error> responseErrors(String response, String json) {
		return REGISTRY
			.getSchema(SchemaLocation
				.of(FILE + "#/components/responses/" + response + "/content/application~1json/schema"))
			.validate(json, InputFormat.JSON);
	}

	/**
	 * A schema's {@code pattern} in Java's regular expressions. JSON Schema patterns are
	 * ECMAScript's, which read a brace that opens no quantifier as the brace itself; the
	 * official file has one such pattern (ISIL's {@code [a-zA-Z0-9]{1,3,4}}), which Java
	 * refuses unless the brace is escaped.
	 */
	private static RegularExpression pattern(String source) {
		Pattern pattern;
		try {
			pattern = Pattern.compile(source);
		}
		catch (PatternSyntaxException ex) {
			pattern = Pattern.compile(BRACE_NOT_QUANTIFIER.matcher(source).replaceAll("\\\\{"));
		}
		Pattern compiled = pattern;
		return (input) -> compiled.matcher(input).find();
	}

	private static String read() {
		try (InputStream in = CounterSchemas.class.getResourceAsStream("COUNTER_SUSHI_API.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
