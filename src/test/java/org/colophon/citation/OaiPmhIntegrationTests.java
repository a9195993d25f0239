package org.colophon.citation;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAI-PMH endpoint over real HTTP, every response checked against the official
 * schemas, with a catalogue larger than one page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:oai-pmh;DB_CLOSE_DELAY=-1", "colophon.seeds.location=seeds",
				"colophon.oai.page-size=3", "colophon.oai.admin-email=oai@colophon.example" })
class OaiPmhIntegrationTests {

	private static final BookDetails EXTRA_BOOK = new BookDetails("Harvesting Test", "A Book of Many Chapters",
			"Colophon Press", 2024);

	private static final int EXTRA_CHAPTERS = 7;

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	CatalogueService catalogue;

	@LocalServerPort
	int port;

	String extraBookId;

	@BeforeEach
	void storeMoreChaptersThanOnePage() {
		for (int i = 1; i <= EXTRA_CHAPTERS; i++) {
			ChapterDetails details = new ChapterDetails(Integer.toString(i), "Harvested chapter " + i + " <&>", null,
					null,
					List.of(new Contributor("Ada Lovelace", "Analytical Society"),
							new Contributor("Charles Babbage", null)),
					null, null, List.of("About chapter " + i), "Chapter", Integer.toString(i * 10),
					Integer.toString(i * 10 + 9), false, null, List.of(), Instant.parse("2026-01-01T00:00:00Z"));
			// The same hash on every run leaves a stored chapter unchanged.
			this.extraBookId = this.catalogue.store("test/extra-" + i, "hash-" + i, EXTRA_BOOK, List.of(), details)
				.bookId();
		}
	}

	@Test
	void identifyDescribesTheRepository() throws Exception {
		Document response = oai("verb=Identify");
		assertThat(text(response, "//oai:Identify/oai:repositoryName")).isEqualTo("Colophon");
		assertThat(text(response, "//oai:Identify/oai:baseURL")).isEqualTo(base() + "/oai");
		assertThat(text(response, "//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
		assertThat(text(response, "//oai:Identify/oai:adminEmail")).isEqualTo("oai@colophon.example");
		assertThat(text(response, "//oai:Identify/oai:earliestDatestamp"))
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(text(response, "//oai:Identify/oai:deletedRecord")).isEqualTo("no");
		assertThat(text(response, "//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
		assertThat(text(response, "//oai:request/@verb")).isEqualTo("Identify");
	}

	@Test
	void listMetadataFormatsOffersOaiDc() throws Exception {
		Document all = oai("verb=ListMetadataFormats");
		assertThat(text(all, "//oai:metadataFormat/oai:metadataPrefix")).isEqualTo("oai_dc");
		assertThat(text(all, "//oai:metadataFormat/oai:metadataNamespace"))
			.isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
		String identifier = firstIdentifier();
		Document one = oai("verb=ListMetadataFormats&identifier=" + encode(identifier));
		assertThat(text(one, "//oai:metadataFormat/oai:metadataPrefix")).isEqualTo("oai_dc");
	}

	@Test
	void listSetsHasOneSetPerBook() throws Exception {
		Document response = oai("verb=ListSets");
		List<String> specs = texts(response, "//oai:set/oai:setSpec");
		assertThat(specs).contains("book:" + this.extraBookId)
			.allSatisfy((spec) -> assertThat(spec).startsWith("book:"));
		assertThat(texts(response, "//oai:set/oai:setName")).contains("Harvesting Test: A Book of Many Chapters",
				"Stalinist Terror: New Perspectives");
	}

	@Test
	void listIdentifiersResumesAcrossPagesUntilTheListIsComplete() throws Exception {
		List<String> identifiers = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		Document page = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
		String size = text(page, "//oai:resumptionToken/@completeListSize");
		assertThat(Integer.parseInt(size)).isEqualTo(EXTRA_CHAPTERS + 1);
		while (true) {
			identifiers.addAll(texts(page, "//oai:header/oai:identifier"));
			cursors.add(text(page, "//oai:resumptionToken/@cursor"));
			assertThat(text(page, "//oai:resumptionToken/@completeListSize")).isEqualTo(size);
			String token = text(page, "//oai:resumptionToken");
			if (token.isEmpty()) {
				break;
			}
			page = oai("verb=ListIdentifiers&resumptionToken=" + encode(token));
		}
		assertThat(cursors).containsExactly("0", "3", "6");
		assertThat(identifiers).hasSize(EXTRA_CHAPTERS + 1)
			.doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).matches("oai:colophon\\.example:[0-9a-f]{16}"));
	}

	@Test
	void listRecordsByPostResumesAndCarriesDublinCore() throws Exception {
		List<String> titles = new ArrayList<>();
		Document page = oaiPost("verb=ListRecords&metadataPrefix=oai_dc&set=" + encode("book:" + this.extraBookId));
		while (true) {
			titles.addAll(texts(page, "//oai:record/oai:metadata/oai_dc:dc/dc:title"));
			assertThat(texts(page, "//oai:record/oai:header/oai:setSpec"))
				.allSatisfy((spec) -> assertThat(spec).isEqualTo("book:" + this.extraBookId));
			String token = text(page, "//oai:resumptionToken");
			if (token.isEmpty()) {
				break;
			}
			page = oaiPost("verb=ListRecords&resumptionToken=" + encode(token));
		}
		assertThat(titles).hasSize(EXTRA_CHAPTERS).contains("Harvested chapter 1 <&>", "Harvested chapter 7 <&>");
	}

	@Test
	void getRecordGivesTheChapterInOaiDc() throws Exception {
		String identifier = seedIdentifier();
		Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(identifier));
		assertThat(text(record, "//oai:record/oai:header/oai:identifier")).isEqualTo(identifier);
		assertThat(text(record, "//oai_dc:dc/dc:title"))
			.isEqualTo("The Great Terror on the Local Level: Purges in Moscow Factories, 1936\u20131938");
		assertThat(text(record, "//oai_dc:dc/dc:publisher")).isEqualTo("Cambridge University Press");
		assertThat(text(record, "//oai_dc:dc/dc:date")).isEqualTo("2009-12-07");
		assertThat(text(record, "//oai_dc:dc/dc:identifier")).startsWith(base() + "/chapters/");
		assertThat(text(record, "//oai_dc:dc/dc:source"))
			.isEqualTo("Stalinist Terror: New Perspectives, pp. 163\u2013167");
	}

	@Test
	void fromAndUntilSelectByDatestampInclusively() throws Exception {
		String identifier = seedIdentifier();
		Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(identifier));
		String datestamp = text(record, "//oai:header/oai:datestamp");
		Document exact = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + datestamp + "&until=" + datestamp);
		assertThat(texts(exact, "//oai:header/oai:identifier")).contains(identifier);
		String day = datestamp.substring(0, 10);
		Document byDay = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day + "&until=" + day);
		assertThat(texts(byDay, "//oai:header/oai:identifier")).contains(identifier);
		Document none = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=1990-01-01");
		assertThat(text(none, "//oai:error/@code")).isEqualTo("noRecordsMatch");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|badVerb", "verb=Frobnicate|badVerb", "verb=Identify&verb=ListSets|badVerb",
					"verb=Identify&extra=1|badArgument", "verb=ListRecords|badArgument",
					"verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc|badArgument",
					"verb=ListRecords&metadataPrefix=oai_dc&from=yesterday|badArgument",
					"verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z|badArgument",
					"verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01|badArgument",
					"verb=ListRecords&metadataPrefix=oai_dc&set=not%20a%20set|badArgument",
					"verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=abc|badArgument",
					"verb=GetRecord&metadataPrefix=oai_dc|badArgument",
					"verb=ListRecords&metadataPrefix=marcxml|cannotDisseminateFormat",
					"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:colophon.example:nope|idDoesNotExist",
					"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:abc|idDoesNotExist",
					"verb=ListMetadataFormats&identifier=oai:colophon.example:nope|idDoesNotExist",
					"verb=ListRecords&metadataPrefix=oai_dc&set=book:unknown|noRecordsMatch",
					"verb=ListRecords&resumptionToken=not-a-token|badResumptionToken",
					"verb=ListSets&resumptionToken=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|badResumptionToken" })
	void answersEveryErrorWithItsCodeInAValidResponse(String query, String code) throws Exception {
		Document response = oai(query);
		assertThat(text(response, "//oai:error/@code")).isEqualTo(code);
		if (code.equals("badVerb") || code.equals("badArgument")) {
			assertThat(((Element) nodes(response, "//oai:request").item(0)).getAttributes().getLength()).isZero();
		}
	}

	@Test
	void refusesATamperedResumptionToken() throws Exception {
		Document first = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
		String token = text(first, "//oai:resumptionToken");
		char last = token.charAt(token.length() / 2);
		String tampered = token.substring(0, token.length() / 2) + (last == 'A' ? 'B' : 'A')
				+ token.substring(token.length() / 2 + 1);
		assertThat(text(oai("verb=ListIdentifiers&resumptionToken=" + encode(tampered)), "//oai:error/@code"))
			.isEqualTo("badResumptionToken");
		assertThat(text(oai("verb=ListRecords&resumptionToken=" + encode(token)), "//oai:error/@code"))
			.isEqualTo("badResumptionToken");
	}

	private String firstIdentifier() throws Exception {
		return text(oai("verb=ListIdentifiers&metadataPrefix=oai_dc"), "//oai:header[1]/oai:identifier");
	}

	private String seedIdentifier() throws Exception {
		Document page = oai("verb=ListRecords&metadataPrefix=oai_dc&set=" + encode("book:" + seedBookId()));
		return text(page, "//oai:header[1]/oai:identifier");
	}

	private String seedBookId() throws Exception {
		Document sets = oai("verb=ListSets");
		return texts(sets, "//oai:set[oai:setName='Stalinist Terror: New Perspectives']/oai:setSpec").get(0)
			.substring("book:".length());
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private Document oai(String query) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(base() + "/oai?" + query)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return checked(response);
	}

	private Document oaiPost(String form) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/oai"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		return checked(response);
	}

	private static Document checked(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/xml"));
		OaiSchemas.validate(response.body());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String text(Document document, String path) throws Exception {
		return (String) xpath().evaluate(path, document, XPathConstants.STRING);
	}

	private static List<String> texts(Document document, String path) throws Exception {
		NodeList nodes = nodes(document, path);
		List<String> result = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add(nodes.item(i).getTextContent());
		}
		return result;
	}

	private static NodeList nodes(Document document, String path) throws Exception {
		return (NodeList) xpath().evaluate(path, document, XPathConstants.NODESET);
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {

			@Override
			public String getNamespaceURI(String prefix) {
				return switch (prefix) {
					case "oai" -> OaiPmhService.OAI_NS;
					case "oai_dc" -> OaiPmhService.OAI_DC_NS;
					case "dc" -> OaiPmhService.DC_NS;
					default -> null;
				};
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public java.util.Iterator<String> getPrefixes(String uri) {
				return null;
			}

		});
		return xpath;
	}

}
