package org.colophon.citation;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChangeQuery;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.ChapterNotFoundException;
import org.colophon.catalogue.Contributor;
import org.colophon.citation.ResumptionTokens.State;
import org.colophon.links.Links;
import org.colophon.system.KeysetPage;
import org.springframework.stereotype.Service;

/**
 * An OAI-PMH 2.0 repository over the catalogue: one record per chapter in {@code oai_dc}
 * and the {@link OaiMetadataFormat formats} other modules contribute, one set per book,
 * lists paged by (datestamp, id) keysets behind signed resumption tokens. Arguments are
 * checked and the page is read before anything is written, so an error never leaves half
 * a response.
 */
@Service
class OaiPmhService {

	static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";

	static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";

	static final String DC_NS = "http://purl.org/dc/elements/1.1/";

	static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

	static final String OAI_DC = "oai_dc";

	private static final String SET_PREFIX = "book:";

	private static final DateTimeFormatter DATESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Pattern SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern METADATA_PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

	private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");

	private static final Map<String, Set<String>> ARGUMENTS = Map.of("Identify", Set.of(), "ListMetadataFormats",
			Set.of("identifier"), "ListSets", Set.of("resumptionToken"), "GetRecord",
			Set.of("identifier", "metadataPrefix"), "ListIdentifiers",
			Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"), "ListRecords",
			Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

	private final CatalogueService catalogue;

	private final OaiProperties properties;

	private final Clock clock;

	private final ResumptionTokens tokens;

	private final Map<String, OaiMetadataFormat> formats;

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	OaiPmhService(CatalogueService catalogue, OaiProperties properties, Clock clock, List<OaiMetadataFormat> formats) {
		this.catalogue = catalogue;
		this.properties = properties;
		this.clock = clock;
		this.tokens = new ResumptionTokens(properties.tokenSecret());
		this.formats = new LinkedHashMap<>();
		formats.forEach((format) -> this.formats.put(format.prefix(), format));
	}

	/**
	 * Answers one protocol request, given its parameters as the servlet API reads them
	 * from the query string or a form body, writing the XML response to {@code out}.
	 */
	void respond(Map<String, String[]> parameters, String baseUrl, OutputStream out) throws XMLStreamException {
		Map<String, String> arguments = new LinkedHashMap<>();
		Body body;
		OaiException error = null;
		try {
			arguments = arguments(parameters);
			body = answer(arguments);
		}
		catch (OaiException ex) {
			error = ex;
			body = null;
		}
		XMLStreamWriter writer = this.xml.createXMLStreamWriter(out, "UTF-8");
		writer.writeStartDocument("UTF-8", "1.0");
		writer.setDefaultNamespace(OAI_NS);
		writer.writeStartElement(OAI_NS, "OAI-PMH");
		writer.writeDefaultNamespace(OAI_NS);
		writer.writeNamespace("xsi", XSI_NS);
		writer.writeAttribute(XSI_NS, "schemaLocation", OAI_NS + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
		text(writer, "responseDate", DATESTAMP.format(this.clock.instant()));
		writer.writeStartElement(OAI_NS, "request");
		if (error == null || !error.hidesArguments()) {
			for (Map.Entry<String, String> argument : arguments.entrySet()) {
				writer.writeAttribute(argument.getKey(), argument.getValue());
			}
		}
		writer.writeCharacters(baseUrl);
		writer.writeEndElement();
		if (error != null) {
			writer.writeStartElement(OAI_NS, "error");
			writer.writeAttribute("code", error.code());
			writer.writeCharacters(error.getMessage());
			writer.writeEndElement();
		}
		else {
			writer.writeStartElement(OAI_NS, arguments.get("verb"));
			body.write(writer, baseUrl);
			writer.writeEndElement();
		}
		writer.writeEndElement();
		writer.writeEndDocument();
		writer.flush();
		writer.close();
	}

	/** The part of a response inside the verb's element. */
	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter writer, String baseUrl) throws XMLStreamException;

	}

	private static Map<String, String> arguments(Map<String, String[]> parameters) throws OaiException {
		String[] verbs = parameters.get("verb");
		if (verbs == null || verbs.length != 1 || !ARGUMENTS.containsKey(verbs[0])) {
			throw new OaiException("badVerb", (verbs == null) ? "The request has no verb."
					: (verbs.length != 1) ? "The verb is repeated." : "The verb is not an OAI-PMH verb.");
		}
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("verb", verbs[0]);
		Set<String> allowed = ARGUMENTS.get(verbs[0]);
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().equals("verb")) {
				continue;
			}
			if (!allowed.contains(parameter.getKey())) {
				throw new OaiException("badArgument", "The argument " + parameter.getKey() + " is not allowed here.");
			}
			if (parameter.getValue().length != 1) {
				throw new OaiException("badArgument", "The argument " + parameter.getKey() + " is repeated.");
			}
			arguments.put(parameter.getKey(), parameter.getValue()[0]);
		}
		if (arguments.containsKey("resumptionToken") && arguments.size() > 2) {
			throw new OaiException("badArgument", "A resumption token is an exclusive argument.");
		}
		return arguments;
	}

	private Body answer(Map<String, String> arguments) throws OaiException {
		return switch (arguments.get("verb")) {
			case "Identify" -> identify();
			case "ListMetadataFormats" -> listMetadataFormats(arguments.get("identifier"));
			case "ListSets" -> listSets(arguments.get("resumptionToken"));
			case "GetRecord" -> getRecord(required(arguments, "identifier"), required(arguments, "metadataPrefix"));
			default -> list(arguments);
		};
	}

	private Body identify() {
		String earliest = DATESTAMP.format(this.catalogue.earliestChange().orElse(Instant.EPOCH));
		return (writer, baseUrl) -> {
			text(writer, "repositoryName", this.properties.repositoryName());
			text(writer, "baseURL", baseUrl);
			text(writer, "protocolVersion", "2.0");
			text(writer, "adminEmail", this.properties.adminEmail());
			text(writer, "earliestDatestamp", earliest);
			text(writer, "deletedRecord", "no");
			text(writer, "granularity", "YYYY-MM-DDThh:mm:ssZ");
		};
	}

	private Body listMetadataFormats(String identifier) throws OaiException {
		if (identifier != null && !this.catalogue.hasChapter(chapterId(identifier))) {
			throw idDoesNotExist(identifier);
		}
		return (writer, baseUrl) -> {
			writer.writeStartElement(OAI_NS, "metadataFormat");
			text(writer, "metadataPrefix", OAI_DC);
			text(writer, "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
			text(writer, "metadataNamespace", OAI_DC_NS);
			writer.writeEndElement();
			for (OaiMetadataFormat format : this.formats.values()) {
				writer.writeStartElement(OAI_NS, "metadataFormat");
				text(writer, "metadataPrefix", format.prefix());
				text(writer, "schema", format.schema());
				text(writer, "metadataNamespace", format.namespace());
				writer.writeEndElement();
			}
		};
	}

	private Body listSets(String token) throws OaiException {
		State state;
		if (token != null) {
			state = this.tokens.decode(token);
			if (!state.verb().equals("ListSets")) {
				throw new OaiException("badResumptionToken", "The resumption token belongs to another verb.");
			}
		}
		else {
			long size = this.catalogue.countBooks();
			if (size == 0) {
				throw new OaiException("noSetHierarchy", "This repository has no sets yet.");
			}
			state = new State("ListSets", null, ChangeQuery.BEGINNING, ChangeQuery.END, null, 0, size, "");
		}
		KeysetPage<BookInfo> page = this.catalogue.books(emptyToNull(state.after()), this.properties.pageSize());
		State next = next(state, page);
		return (writer, baseUrl) -> {
			for (BookInfo book : page.items()) {
				writer.writeStartElement(OAI_NS, "set");
				text(writer, "setSpec", SET_PREFIX + book.id());
				// A book whose details are not in the source has no title; a set needs a
				// name.
				text(writer, "setName", Objects.requireNonNullElse(book.details().fullTitle(), book.id()));
				writer.writeEndElement();
			}
			resumptionToken(writer, state, next, token != null);
		};
	}

	private Body getRecord(String identifier, String metadataPrefix) throws OaiException {
		checkPrefix(metadataPrefix);
		ChapterInfo chapter;
		try {
			chapter = this.catalogue.chapter(chapterId(identifier));
		}
		catch (ChapterNotFoundException ex) {
			throw idDoesNotExist(identifier);
		}
		return (writer, baseUrl) -> record(writer, metadataPrefix, chapter, siteOf(baseUrl));
	}

	private Body list(Map<String, String> arguments) throws OaiException {
		String verb = arguments.get("verb");
		String token = arguments.get("resumptionToken");
		State state;
		if (token != null) {
			state = this.tokens.decode(token);
			if (!state.verb().equals(verb)) {
				throw new OaiException("badResumptionToken", "The resumption token belongs to another verb.");
			}
		}
		else {
			String prefix = required(arguments, "metadataPrefix");
			checkPrefixSyntax(prefix);
			Instant from = null;
			Instant until = null;
			String fromText = arguments.get("from");
			String untilText = arguments.get("until");
			if (fromText != null && untilText != null && fromText.length() != untilText.length()) {
				throw new OaiException("badArgument", "from and until must have the same granularity.");
			}
			if (fromText != null) {
				from = parseDate(fromText, false);
			}
			if (untilText != null) {
				until = parseDate(untilText, true);
			}
			if (from != null && until != null && !from.isBefore(until)) {
				throw new OaiException("badArgument", "from is later than until.");
			}
			String set = arguments.get("set");
			String bookId = null;
			if (set != null) {
				if (!SET_SPEC.matcher(set).matches()) {
					throw new OaiException("badArgument", "The set is not a valid setSpec.");
				}
				// A setSpec that names no book matches no record.
				bookId = set.startsWith(SET_PREFIX) ? set.substring(SET_PREFIX.length()) : "";
			}
			// Only after every argument is well formed, so the echo of the request stays
			// valid.
			checkPrefix(prefix);
			ChangeQuery query = new ChangeQuery(from, until, bookId);
			long size = this.catalogue.countChangedBetween(query);
			if (size == 0) {
				throw new OaiException("noRecordsMatch", "No record matches the request.");
			}
			state = new State(verb, prefix, query.from(), query.until(), bookId, 0, size, "");
		}
		ChangeQuery query = new ChangeQuery(state.from(), state.until(), state.set());
		KeysetPage<ChapterInfo> page;
		try {
			page = this.catalogue.changedBetween(query, emptyToNull(state.after()), this.properties.pageSize());
		}
		catch (IllegalArgumentException ex) {
			throw new OaiException("badResumptionToken", "The resumption token is invalid.");
		}
		if (page.items().isEmpty()) {
			// The records behind a token have all changed since: the list as it was
			// cannot be resumed.
			throw new OaiException("badResumptionToken", "The list of this resumption token no longer exists.");
		}
		State next = next(state, page);
		boolean records = verb.equals("ListRecords");
		State current = state;
		return (writer, baseUrl) -> {
			String site = siteOf(baseUrl);
			for (ChapterInfo chapter : page.items()) {
				if (records) {
					record(writer, current.metadataPrefix(), chapter, site);
				}
				else {
					header(writer, chapter);
				}
			}
			resumptionToken(writer, current, next, token != null);
		};
	}

	private State next(State state, KeysetPage<?> page) {
		if (page.nextCursor() == null) {
			return null;
		}
		return new State(state.verb(), state.metadataPrefix(), state.from(), state.until(), state.set(),
				state.cursor() + page.items().size(), state.completeListSize(), page.nextCursor());
	}

	/**
	 * Writes the token of the next page; on the last page of a list that was resumed, an
	 * empty token says the list is complete. A list that fits one page has no token at
	 * all.
	 */
	private void resumptionToken(XMLStreamWriter writer, State current, State next, boolean resumed)
			throws XMLStreamException {
		if (next == null && !resumed) {
			return;
		}
		writer.writeStartElement(OAI_NS, "resumptionToken");
		writer.writeAttribute("completeListSize", Long.toString(current.completeListSize()));
		writer.writeAttribute("cursor", Long.toString(current.cursor()));
		if (next != null) {
			writer.writeCharacters(this.tokens.encode(next));
		}
		writer.writeEndElement();
	}

	private void record(XMLStreamWriter writer, String prefix, ChapterInfo chapter, String site)
			throws XMLStreamException {
		writer.writeStartElement(OAI_NS, "record");
		header(writer, chapter);
		writer.writeStartElement(OAI_NS, "metadata");
		if (this.formats.containsKey(prefix)) {
			this.formats.get(prefix).write(writer, chapter, site);
		}
		else {
			dublinCore(writer, chapter, site);
		}
		writer.writeEndElement();
		writer.writeEndElement();
	}

	private void header(XMLStreamWriter writer, ChapterInfo chapter) throws XMLStreamException {
		writer.writeStartElement(OAI_NS, "header");
		text(writer, "identifier", identifier(chapter.id()));
		text(writer, "datestamp", DATESTAMP.format(chapter.updatedAt()));
		text(writer, "setSpec", SET_PREFIX + chapter.book().id());
		writer.writeEndElement();
	}

	private static void dublinCore(XMLStreamWriter writer, ChapterInfo chapter, String site) throws XMLStreamException {
		ChapterDetails details = chapter.details();
		BookInfo book = chapter.book();
		writer.writeStartElement("oai_dc", "dc", OAI_DC_NS);
		writer.writeNamespace("oai_dc", OAI_DC_NS);
		writer.writeNamespace("dc", DC_NS);
		writer.writeAttribute(XSI_NS, "schemaLocation", OAI_DC_NS + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
		dc(writer, "title", details.title());
		for (Contributor contributor : details.contributors()) {
			dc(writer, contributor.isAuthor() ? "creator" : "contributor", contributor.name());
		}
		if (!details.summary().isEmpty()) {
			dc(writer, "description", String.join("\n\n", details.summary()));
		}
		dc(writer, "publisher", book.publisher());
		if (details.onlinePublicationDate() != null) {
			dc(writer, "date", details.onlinePublicationDate().toString());
		}
		else if (book.printPublicationYear() != null) {
			dc(writer, "date", book.printPublicationYear().toString());
		}
		dc(writer, "type", "Text");
		dc(writer, "type", "info:eu-repo/semantics/bookPart");
		dc(writer, "format", "text/html");
		dc(writer, "identifier", site + Links.chapter(chapter));
		dc(writer, "identifier", chapter.doiUrl());
		String pages = CslItems.pages(details);
		String bookTitle = book.details().fullTitle();
		dc(writer, "source",
				(pages == null || bookTitle == null) ? bookTitle : bookTitle + ", pp. " + pages.replace("-", "\u2013"));
		dc(writer, "relation", site + Links.book(book));
		for (String isbn : new String[] { book.printIsbn(), book.onlineIsbn() }) {
			if (isbn != null) {
				dc(writer, "relation", "urn:isbn:" + isbn);
			}
		}
		writer.writeEndElement();
	}

	private static void dc(XMLStreamWriter writer, String element, String value) throws XMLStreamException {
		if (value == null || value.isBlank()) {
			return;
		}
		writer.writeStartElement("dc", element, DC_NS);
		writer.writeCharacters(xmlSafe(value));
		writer.writeEndElement();
	}

	private static void text(XMLStreamWriter writer, String element, String value) throws XMLStreamException {
		writer.writeStartElement(OAI_NS, element);
		writer.writeCharacters(xmlSafe(value));
		writer.writeEndElement();
	}

	/**
	 * Drops the few characters XML 1.0 cannot carry at all, which a capture could
	 * contain.
	 */
	private static String xmlSafe(String value) {
		return value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
	}

	private String identifier(String chapterId) {
		return "oai:" + this.properties.repositoryHost() + ":" + chapterId;
	}

	private String chapterId(String identifier) throws OaiException {
		String prefix = "oai:" + this.properties.repositoryHost() + ":";
		if (!identifier.startsWith(prefix) || identifier.length() == prefix.length()) {
			throw idDoesNotExist(identifier);
		}
		return identifier.substring(prefix.length());
	}

	private static OaiException idDoesNotExist(String identifier) {
		return new OaiException("idDoesNotExist", "No record has the identifier " + identifier + ".");
	}

	private static String siteOf(String baseUrl) {
		return baseUrl.endsWith(Links.OAI) ? baseUrl.substring(0, baseUrl.length() - Links.OAI.length()) : baseUrl;
	}

	private static void checkPrefixSyntax(String prefix) throws OaiException {
		if (!METADATA_PREFIX.matcher(prefix).matches()) {
			throw new OaiException("badArgument", "The metadataPrefix is not a valid prefix.");
		}
	}

	private void checkPrefix(String prefix) throws OaiException {
		checkPrefixSyntax(prefix);
		if (!OAI_DC.equals(prefix) && !this.formats.containsKey(prefix)) {
			throw new OaiException("cannotDisseminateFormat",
					"Records are available in " + String.join(", ", prefixes()) + " only.");
		}
	}

	private List<String> prefixes() {
		List<String> prefixes = new ArrayList<>();
		prefixes.add(OAI_DC);
		prefixes.addAll(this.formats.keySet());
		return prefixes;
	}

	private static String required(Map<String, String> arguments, String name) throws OaiException {
		String value = arguments.get(name);
		if (value == null || value.isEmpty()) {
			throw new OaiException("badArgument", "The argument " + name + " is required.");
		}
		return value;
	}

	/**
	 * A datestamp argument as an instant: {@code from} is inclusive; {@code until} is
	 * made exclusive by moving it past the last instant its granularity covers, since
	 * records' datestamps are shown in whole seconds.
	 */
	private static Instant parseDate(String value, boolean until) throws OaiException {
		try {
			if (SECONDS.matcher(value).matches()) {
				Instant instant = Instant.parse(value);
				return until ? instant.plus(1, ChronoUnit.SECONDS) : instant;
			}
			if (DAY.matcher(value).matches()) {
				LocalDate day = LocalDate.parse(value);
				return (until ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw new OaiException("badArgument", "The date " + value + " is not a UTC datestamp of this repository.");
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
