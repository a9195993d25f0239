package org.colophon.counter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema check the SUSHI tests rely on tells a valid report from an invalid one: the
 * official TR_B2 sample passes, the same with a wrong report id or a negative count
 * fails.
 */
class CounterSchemasTests {

	@Test
	void acceptsTheOfficialSampleAndRejectsBrokenCopies() throws IOException {
		String sample;
		try (InputStream in = getClass().getResourceAsStream("TRB2_sample_r51.json")) {
			sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(CounterSchemas.errors("TR_B2", sample)).isEmpty();
		assertThat(CounterSchemas.errors("TR_B2", sample.replace("\"TR_B2\"", "\"TR_B1\""))).isNotEmpty();
		assertThat(CounterSchemas.errors("TR_B2", sample.replace("\"2022-01\": 49", "\"2022-01\": -49"))).isNotEmpty();
	}

	@Test
	void checksResponsesAgainstTheirResponseSchemas() {
		assertThat(CounterSchemas.responseErrors("200_Status", "[{\"Service_Active\":true}]")).isEmpty();
		assertThat(CounterSchemas.responseErrors("200_Status", "[]")).isNotEmpty();
		assertThat(CounterSchemas.responseErrors("401_Exception", "{\"Code\":2020,\"Message\":\"APIKey Invalid\"}"))
			.isEmpty();
		assertThat(CounterSchemas.responseErrors("401_Exception",
				"{\"Code\":2010,\"Message\":\"Requestor is Not Authorized to Access Usage for Institution\"}"))
			.isNotEmpty();
	}

}
