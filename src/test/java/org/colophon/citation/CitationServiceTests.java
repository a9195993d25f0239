package org.colophon.citation;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Citations of a chapter with authors and awkward characters, without Spring.
 */
class CitationServiceTests {

	private static final String BASE = "https://colophon.example";

	private static final String TITLE = "Braces {and} 50% & <script>alert(1)</script> the rest";

	private final StyleIndex styles = new StyleIndex();

	private final CitationService citation = new CitationService(new CslFormatter(this.styles, limit()), this.styles,
			new SimpleMeterRegistry());

	private final ChapterInfo chapter = new ChapterInfo("abc123",
			new ChapterDetails("3", TITLE, null, null,
					List.of(new Contributor("J. Arch Getty", "University of California"),
							new Contributor("Roberta T. Manning", null)),
					LocalDate.of(2009, 12, 7), null, List.of("First </script> paragraph."), "Chapter", "40", "62",
					false, null, List.of(), null),
			new BookInfo("book1", new BookDetails("Stalinist Terror", "New Perspectives", "CUP", 1993), List.of(),
					Instant.EPOCH),
			Instant.EPOCH);

	@Test
	void metaTagsListEveryAuthorInOrderWithInstitution() {
		List<MetaTag> tags = this.citation.landing(this.chapter, BASE, List.of()).metaTags();
		assertThat(tags).filteredOn((tag) -> tag.name().startsWith("citation_author"))
			.extracting(MetaTag::name, MetaTag::content)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("citation_author", "J. Arch Getty"),
					org.assertj.core.groups.Tuple.tuple("citation_author_institution", "University of California"),
					org.assertj.core.groups.Tuple.tuple("citation_author", "Roberta T. Manning"));
		assertThat(tags).extracting(MetaTag::name).doesNotContain("citation_pdf_url");
	}

	private final ChapterInfo edited = new ChapterInfo("ed1",
			new ChapterDetails("1", "Introduction", null, null,
					List.of(new Contributor("Ada Marsh", "University of Fenwick", ContributorRole.EDITOR,
							"0000-0002-1825-0097"), new Contributor("Tomas Reed", null, ContributorRole.AUTHOR, null),
							new Contributor("Iris Vale", null, ContributorRole.TRANSLATOR, null)),
					null, null, List.of(), "Chapter", "1", "9", false, null, List.of(), null),
			new BookInfo("book2", new BookDetails("Rivers", null, "CUP", 2020), List.of(), Instant.EPOCH),
			Instant.EPOCH);

	@Test
	void metaTagsNameOnlyTheAuthorsAsAuthors() {
		List<MetaTag> tags = this.citation.landing(this.edited, BASE, List.of()).metaTags();
		assertThat(tags).filteredOn((tag) -> tag.name().startsWith("citation_author"))
			.containsExactly(new MetaTag("citation_author", "Tomas Reed"));
		assertThat(tags).filteredOn((tag) -> tag.name().startsWith("DC.c"))
			.containsExactly(new MetaTag("DC.contributor", "Ada Marsh"), new MetaTag("DC.creator", "Tomas Reed"),
					new MetaTag("DC.contributor", "Iris Vale"));
	}

	@Test
	void jsonLdAndCslJsonKeepEditorsApartWithTheirOrcidIds() {
		JsonNode json = Json.MAPPER.readTree(this.citation.landing(this.edited, BASE, List.of()).jsonLd());
		assertThat(json.get("author")).hasSize(1);
		assertThat(json.get("author").get(0).get("name").asString()).isEqualTo("Tomas Reed");
		assertThat(json.get("author").get(0).has("@id")).isFalse();
		JsonNode editor = json.get("editor").get(0);
		assertThat(editor.get("name").asString()).isEqualTo("Ada Marsh");
		assertThat(editor.get("@id").asString()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(editor.get("sameAs").asString()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
		assertThat(json.get("translator").get(0).get("name").asString()).isEqualTo("Iris Vale");

		JsonNode item = Json.MAPPER.readTree(this.citation.export(this.edited, ExportFormat.CSL_JSON, BASE));
		assertThat(item.get("author")).hasSize(1);
		assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Reed");
		assertThat(item.get("editor")).hasSize(1);
		assertThat(item.get("editor").get(0).get("family").asString()).isEqualTo("Marsh");
		assertThat(item.get("translator").get(0).get("family").asString()).isEqualTo("Vale");
	}

	@Test
	void pdfUrlOnlyForAnOpenPdf() {
		FullTextLink closed = new FullTextLink(BASE + "/c.pdf", "application/pdf", false);
		FullTextLink open = new FullTextLink(BASE + "/o.pdf", "application/pdf", true);
		assertThat(this.citation.landing(this.chapter, BASE, List.of(closed)).metaTags()).extracting(MetaTag::name)
			.doesNotContain("citation_pdf_url");
		assertThat(this.citation.landing(this.chapter, BASE, List.of(closed, open)).metaTags())
			.contains(new MetaTag("citation_pdf_url", BASE + "/o.pdf"));
		assertThat(this.citation.landing(this.chapter, BASE, List.of(open)).linkHeader())
			.contains("<" + BASE + "/o.pdf>; rel=\"item\"; type=\"application/pdf\"");
	}

	@Test
	void jsonLdCannotCloseItsScriptElement() {
		String jsonLd = this.citation.landing(this.chapter, BASE, List.of()).jsonLd();
		assertThat(jsonLd).doesNotContain("<", ">").contains("\\u003c/script\\u003e");
		JsonNode json = Json.MAPPER.readTree(jsonLd);
		assertThat(json.get("name").asString()).isEqualTo(TITLE);
		assertThat(json.get("author").get(0).get("@type").asString()).isEqualTo("Person");
		assertThat(json.get("author").get(0).get("affiliation").get(0).get("name").asString())
			.isEqualTo("University of California");
		assertThat(json.get("author").get(1).has("affiliation")).isFalse();
	}

	@Test
	void bibTeXEscapesTeXAndKeepsAuthors() throws Exception {
		String bib = this.citation.export(this.chapter, ExportFormat.BIBTEX, BASE);
		BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).getEntries().values().iterator().next();
		assertThat(latex(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())).isEqualTo(TITLE);
		assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString())
			.isEqualTo("Getty, J. Arch and Manning, Roberta T.");
		assertThat(entry.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("40--62");
	}

	@Test
	void risKeepsAuthorsFamilyNameFirst() throws Exception {
		String ris = this.citation.export(this.chapter, ExportFormat.RIS, BASE);
		RISReference reference = new RISParser().parse(new StringReader(ris)).getReferences().get(0);
		assertThat(reference.getAuthors()).containsExactly("Getty, J. Arch", "Manning, Roberta T.");
		assertThat(reference.getTitle()).isEqualTo(TITLE);
	}

	@Test
	void cslJsonSplitsNames() {
		JsonNode item = Json.MAPPER.readTree(this.citation.export(this.chapter, ExportFormat.CSL_JSON, BASE));
		assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Getty");
		assertThat(item.get("author").get(0).get("given").asString()).isEqualTo("J. Arch");
		assertThat(item.get("container-title").asString()).isEqualTo("Stalinist Terror: New Perspectives");
	}

	@Test
	void formatsInTheOfficialStylesAndCachesEngines() {
		assertThat(this.citation.format(this.chapter, "apa", "en-US", BASE))
			.startsWith("Getty, J. A., & Manning, R. T. (1993).");
		assertThat(this.citation.format(this.chapter, "modern-language-association", "en-US", BASE))
			.startsWith("Getty, J. Arch, and Roberta T. Manning.");
		assertThat(this.citation.format(this.chapter, "chicago-author-date", "en-US", BASE)).contains("1993");
		assertThat(this.citation.format(this.chapter, "harvard-cite-them-right", "en-US", BASE)).contains("(1993)");
	}

	@Test
	void formattedCitationsCarryTheSitesAddress() {
		String canonical = BASE + "/chapters/abc123/" + this.chapter.slug();
		for (String style : CitationService.FEATURED_STYLES) {
			assertThat(this.citation.format(this.chapter, style, "en-US", BASE)).as(style)
				.contains(canonical)
				.doesNotContain("invalid");
		}
	}

	@Test
	void formatsOnceWhateverTheBaseUrlAndPutsTheAddressInAfterwards() {
		FakeEngines engines = new FakeEngines();
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		CitationService counted = new CitationService(new CslFormatter(this.styles, limit(), engines), this.styles,
				meters);
		String path = "/chapters/abc123/" + this.chapter.slug();

		String first = counted.format(this.chapter, "apa", "en-US", "https://a.example");
		String second = counted.format(this.chapter, "apa", "en-US", "https://b.example");

		assertThat(first).endsWith(" https://a.example" + path);
		assertThat(second).endsWith(" https://b.example" + path).doesNotContain("a.example");
		assertThat(engines.formats("apa", "en-US")).isOne();
		assertThat(meters.get(CitationService.CACHE_METER).tag("result", "miss").counter().count()).isOne();
		assertThat(meters.get(CitationService.CACHE_METER).tag("result", "hit").counter().count()).isOne();
		assertThat(meters.get(CitationService.CACHE_METER + ".size").gauge().value()).isOne();
	}

	@Test
	void dependentStylesFormatWithTheirParent() {
		String dependent = this.styles.search("molecular and cellular cardiology", 1).get(0).id();
		assertThat(this.citation.isStyle(dependent)).isTrue();
		assertThat(this.citation.format(this.chapter, dependent, "en-US", BASE)).contains("Getty");
	}

	@Test
	void refusesUnknownStylesAndLocales() {
		assertThatExceptionOfType(UnknownStyleException.class)
			.isThrownBy(() -> this.citation.format(this.chapter, "../../etc/passwd", "en-US", BASE));
		assertThatExceptionOfType(UnknownStyleException.class)
			.isThrownBy(() -> this.citation.format(this.chapter, "apa", "xx-YY", BASE));
	}

	@Test
	void searchesEveryShippedStyleByIdAndTitle() {
		assertThat(this.styles.all()).hasSizeGreaterThan(10_000);
		assertThat(this.citation.searchStyles("chicago author")).extracting(CitationStyle::id)
			.contains("chicago-author-date");
		assertThat(this.citation.searchStyles("Nature").get(0).id()).startsWith("nature");
		assertThat(this.citation.searchStyles(" ")).isEmpty();
		assertThat(this.styles.all()).isSameAs(this.styles.all());
	}

	@Test
	void linksetGroupsLinksByRelation() {
		JsonNode linkset = Json.MAPPER.readTree(this.citation.linkset(this.chapter, BASE, List.of()));
		JsonNode context = linkset.get("linkset").get(0);
		assertThat(context.get("anchor").asString()).isEqualTo(BASE + "/chapters/abc123/" + this.chapter.slug());
		assertThat(context.get("describedby")).hasSize(ExportFormat.values().length);
		assertThat(context.has("item")).isFalse();
	}

	private static StyleBuildLimit limit() {
		return new StyleBuildLimit(new CitationProperties(20), Clock.systemUTC());
	}

	private static String latex(String value) throws Exception {
		return new LaTeXPrinter().print(new LaTeXParser().parse(value));
	}

}
