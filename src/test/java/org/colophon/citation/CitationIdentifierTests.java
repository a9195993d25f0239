package org.colophon.citation;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A chapter's DOI and its book's ISBNs on every machine surface: meta tags, JSON-LD, the
 * exports, signposting and OAI-PMH.
 */
class CitationIdentifierTests {

	private static final String BASE = "https://colophon.example";

	private static final String DOI = "10.5555/cbo9780521450591.004";

	private static final String DOI_URL = "https://doi.org/" + DOI;

	private final StyleIndex styles = new StyleIndex();

	private final CitationService citation = new CitationService(
			new CslFormatter(this.styles, new StyleBuildLimit(new CitationProperties(20), Clock.systemUTC())),
			this.styles, new SimpleMeterRegistry());

	private final ChapterInfo chapter = chapter("https://doi.org/10.5555/CBO9780521450591.004");

	private final ChapterInfo withoutDoi = chapter(null);

	@Test
	void metaTagsCarryTheDoiAndBothIsbns() {
		List<MetaTag> tags = this.citation.landing(this.chapter, BASE, List.of()).metaTags();

		assertThat(tags).contains(new MetaTag("citation_doi", DOI), new MetaTag("citation_isbn", "9780521450591"),
				new MetaTag("citation_isbn", "9780511558214"), new MetaTag("DC.identifier", DOI_URL));
		assertThat(this.citation.landing(this.withoutDoi, BASE, List.of()).metaTags()).extracting(MetaTag::name)
			.doesNotContain("citation_doi");
	}

	@Test
	void jsonLdNamesTheDoiAndTheIsbns() {
		JsonNode json = Json.MAPPER.readTree(this.citation.export(this.chapter, ExportFormat.JSON_LD, BASE));

		assertThat(json.get("identifier").get("propertyID").asString()).isEqualTo("DOI");
		assertThat(json.get("identifier").get("value").asString()).isEqualTo(DOI);
		assertThat(json.get("sameAs").asString()).isEqualTo(DOI_URL);
		assertThat(json.get("isPartOf").get("isbn")).extracting(JsonNode::asString)
			.containsExactly("9780521450591", "9780511558214");
		assertThat(json.get("isPartOf").get("identifier").get("value").asString())
			.isEqualTo("10.5555/cbo9780521450591");
	}

	@Test
	void exportsCarryTheDoiAndIsbn() throws Exception {
		String bib = this.citation.export(this.chapter, ExportFormat.BIBTEX, BASE);
		BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).getEntries().values().iterator().next();
		assertThat(entry.getField(BibTeXEntry.KEY_DOI).toUserString()).isEqualTo(DOI);
		assertThat(entry.getField(new Key("isbn")).toUserString()).isEqualTo("9780521450591");

		String ris = this.citation.export(this.chapter, ExportFormat.RIS, BASE);
		RISReference reference = new RISParser().parse(new StringReader(ris)).getReferences().get(0);
		assertThat(reference.getDOI()).isEqualTo(DOI);
		assertThat(ris).contains("SN  - 9780521450591\r\n", "SN  - 9780511558214\r\n");

		JsonNode item = Json.MAPPER.readTree(this.citation.export(this.chapter, ExportFormat.CSL_JSON, BASE));
		assertThat(item.get("DOI").asString()).isEqualTo(DOI);
		assertThat(item.get("ISBN").asString()).isEqualTo("9780521450591");

		assertThat(this.citation.export(this.withoutDoi, ExportFormat.BIBTEX, BASE)).doesNotContain("doi");
		assertThat(this.citation.export(this.withoutDoi, ExportFormat.RIS, BASE)).doesNotContain("DO  -");
	}

	@Test
	void formattedCitationsEndWithTheDoi() {
		assertThat(this.citation.format(this.chapter, "apa", "en-US", BASE)).contains(DOI_URL);
	}

	@Test
	void citeAsIsTheDoiWhenThereIsOne() {
		String canonical = BASE + "/chapters/c1/" + this.chapter.slug();

		assertThat(this.citation.landing(this.chapter, BASE, List.of()).linkHeader())
			.startsWith("<" + DOI_URL + ">; rel=\"cite-as\"");
		JsonNode context = Json.MAPPER.readTree(this.citation.linkset(this.chapter, BASE, List.of()))
			.get("linkset")
			.get(0);
		assertThat(context.get("anchor").asString()).isEqualTo(canonical);
		assertThat(context.get("cite-as").get(0).get("href").asString()).isEqualTo(DOI_URL);
		assertThat(this.citation.landing(this.withoutDoi, BASE, List.of()).linkHeader())
			.startsWith("<" + canonical + ">; rel=\"cite-as\"");
	}

	@Test
	void oaiDublinCoreIdentifiesTheDoiAndRelatesTheIsbns() throws Exception {
		CatalogueService catalogue = mock(CatalogueService.class);
		when(catalogue.chapter("c1")).thenReturn(this.chapter);
		OaiPmhService oai = new OaiPmhService(catalogue,
				new OaiProperties("Colophon", "colophon.example", "admin@colophon.example", 2, "secret"),
				Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC), List.of());
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		oai.respond(Map.of("verb", new String[] { "GetRecord" }, "identifier",
				new String[] { "oai:colophon.example:c1" }, "metadataPrefix", new String[] { "oai_dc" }),
				"https://colophon.example/oai", out);

		String xml = out.toString(StandardCharsets.UTF_8);
		OaiSchemas.validate(xml);
		assertThat(xml).contains("<dc:identifier>" + DOI_URL + "</dc:identifier>",
				"<dc:relation>urn:isbn:9780521450591</dc:relation>",
				"<dc:relation>urn:isbn:9780511558214</dc:relation>");
	}

	private static ChapterInfo chapter(String doi) {
		return new ChapterInfo("c1",
				new ChapterDetails("4", "A Chapter", null, null, List.of(new Contributor("Ann Author", null)),
						LocalDate.of(2009, 12, 7), null, List.of("Summary."), "Chapter", "40", "62", false, null,
						List.of(), null, doi),
				new BookInfo("b1", new BookDetails("A Book", null, "CUP", 1993, "10.5555/CBO9780521450591",
						"978-0-521-45059-1", "9780511558214"), List.of(), Instant.EPOCH),
				Instant.EPOCH);
	}

}
