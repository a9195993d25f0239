package org.colophon.citation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.system.KeysetPage;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The OAI-PMH answers that need a catalogue the integration tests do not have, and a
 * check that the schema validation the other tests rely on does reject invalid responses.
 */
class OaiPmhServiceTests {

	private final CatalogueService catalogue = mock(CatalogueService.class);

	private final OaiPmhService oai = new OaiPmhService(this.catalogue,
			new OaiProperties("Colophon", "colophon.example", "admin@colophon.example", 2, "secret"),
			Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC), List.of());

	@Test
	void anEmptyCatalogueHasNoSetHierarchy() throws Exception {
		when(this.catalogue.countBooks()).thenReturn(0L);
		String xml = respond(Map.of("verb", new String[] { "ListSets" }));
		OaiSchemas.validate(xml);
		assertThat(xml).contains("<error code=\"noSetHierarchy\">")
			.contains("<responseDate>2026-01-02T03:04:05Z</responseDate>");
	}

	@Test
	void aBookWhoseDetailsAreNotInTheSourceIsASetNamedByItsId() throws Exception {
		when(this.catalogue.countBooks()).thenReturn(1L);
		when(this.catalogue.books(null, 2))
			.thenReturn(new KeysetPage<>(
					List.of(new BookInfo("0123456789abcdef",
							new BookDetails(null, null, "Fenwick Academic Press", 2011), List.of(), Instant.EPOCH)),
					null));

		String xml = respond(Map.of("verb", new String[] { "ListSets" }));

		OaiSchemas.validate(xml);
		assertThat(xml).contains("<setName>0123456789abcdef</setName>");
	}

	@Test
	void anEmptyCatalogueStillIdentifiesItself() throws Exception {
		String xml = respond(Map.of("verb", new String[] { "Identify" }));
		OaiSchemas.validate(xml);
		assertThat(xml).contains("<earliestDatestamp>1970-01-01T00:00:00Z</earliestDatestamp>");
	}

	@Test
	void schemaValidationRejectsAnInvalidResponse() throws Exception {
		String valid = respond(Map.of("verb", new String[] { "Identify" }));
		String invalid = valid.replace("<protocolVersion>2.0</protocolVersion>",
				"<protocolVersion>3.0</protocolVersion>");
		assertThatExceptionOfType(SAXException.class).isThrownBy(() -> OaiSchemas.validate(invalid));
		String badDc = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2026-01-02T03:04:05Z</responseDate>"
				+ "<request>http://x/oai</request><GetRecord><record><header><identifier>oai:x:1</identifier>"
				+ "<datestamp>2026-01-02T03:04:05Z</datestamp></header><metadata>"
				+ "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
				+ "<dc:nonsense>x</dc:nonsense></oai_dc:dc></metadata></record></GetRecord></OAI-PMH>";
		assertThatExceptionOfType(SAXException.class).isThrownBy(() -> OaiSchemas.validate(badDc));
	}

	private String respond(Map<String, String[]> parameters) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.oai.respond(parameters, "https://colophon.example/oai", out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
