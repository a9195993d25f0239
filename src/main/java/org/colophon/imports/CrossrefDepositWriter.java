package org.colophon.imports;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;

/**
 * Writes a book and its chapters as a Crossref deposit (schema 5.3.1), ready to submit:
 * the book's metadata and one {@code content_item} per chapter that has a DOI (a deposit
 * registers DOIs, so a chapter without one has nothing to register).
 */
final class CrossrefDepositWriter {

	private static final String NS = CrossrefSchema.NAMESPACE;

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
		.withZone(ZoneOffset.UTC);

	private CrossrefDepositWriter() {
	}

	/**
	 * Writes the deposit.
	 * @param bookUrl the book page's absolute address
	 * @param chapterUrls the chapters' absolute addresses, in the order of
	 * {@code chapters}
	 * @throws IncompleteBookException when the book lacks what a deposit needs (a
	 * publisher and a publication year)
	 */
	static void write(BookInfo book, String bookUrl, List<ChapterInfo> chapters, List<String> chapterUrls,
			CrossrefProperties depositor, Instant now, OutputStream out) throws XMLStreamException {
		Integer year = year(book, chapters);
		if (book.publisher() == null || year == null) {
			throw new IncompleteBookException(book.id());
		}
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NS);
		xml.writeStartElement(NS, "doi_batch");
		xml.writeDefaultNamespace(NS);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute("version", "5.3.1");
		xml.writeAttribute(XSI, "schemaLocation", NS + " https://www.crossref.org/schemas/crossref5.3.1.xsd");
		xml.writeStartElement(NS, "head");
		text(xml, "doi_batch_id", "colophon-" + book.id() + "-" + now.toEpochMilli());
		text(xml, "timestamp", TIMESTAMP.format(now));
		xml.writeStartElement(NS, "depositor");
		text(xml, "depositor_name", depositor.depositorName());
		text(xml, "email_address", depositor.depositorEmail());
		xml.writeEndElement();
		text(xml, "registrant", depositor.registrant());
		xml.writeEndElement();
		xml.writeStartElement(NS, "body");
		xml.writeStartElement(NS, "book");
		xml.writeAttribute("book_type", "other");
		bookMetadata(xml, book, year, bookUrl);
		for (int i = 0; i < chapters.size(); i++) {
			if (chapters.get(i).doi() != null) {
				contentItem(xml, chapters.get(i), chapterUrls.get(i));
			}
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	private static Integer year(BookInfo book, List<ChapterInfo> chapters) {
		if (book.printPublicationYear() != null) {
			return book.printPublicationYear();
		}
		return chapters.stream()
			.map((chapter) -> chapter.details().onlinePublicationDate())
			.filter((date) -> date != null)
			.map(LocalDate::getYear)
			.min(Integer::compare)
			.orElse(null);
	}

	private static void bookMetadata(XMLStreamWriter xml, BookInfo book, int year, String bookUrl)
			throws XMLStreamException {
		xml.writeStartElement(NS, "book_metadata");
		titles(xml, book.title(), book.subtitle());
		xml.writeStartElement(NS, "publication_date");
		xml.writeAttribute("media_type", "print");
		text(xml, "year", Integer.toString(year));
		xml.writeEndElement();
		if (book.printIsbn() == null && book.onlineIsbn() == null) {
			xml.writeEmptyElement(NS, "noisbn");
			xml.writeAttribute("reason", "monograph");
		}
		if (book.printIsbn() != null) {
			xml.writeStartElement(NS, "isbn");
			xml.writeAttribute("media_type", "print");
			xml.writeCharacters(book.printIsbn());
			xml.writeEndElement();
		}
		if (book.onlineIsbn() != null) {
			xml.writeStartElement(NS, "isbn");
			xml.writeAttribute("media_type", "electronic");
			xml.writeCharacters(book.onlineIsbn());
			xml.writeEndElement();
		}
		xml.writeStartElement(NS, "publisher");
		text(xml, "publisher_name", book.publisher());
		xml.writeEndElement();
		if (book.doi() != null) {
			doiData(xml, book.doi(), bookUrl);
		}
		xml.writeEndElement();
	}

	private static void contentItem(XMLStreamWriter xml, ChapterInfo chapter, String url) throws XMLStreamException {
		ChapterDetails details = chapter.details();
		xml.writeStartElement(NS, "content_item");
		xml.writeAttribute("component_type", "chapter");
		if (!details.contributors().isEmpty()) {
			xml.writeStartElement(NS, "contributors");
			boolean first = true;
			for (Contributor contributor : details.contributors()) {
				person(xml, contributor, first);
				first = false;
			}
			xml.writeEndElement();
		}
		titles(xml, details.title(), null);
		if (details.label() != null && details.label().length() <= 50) {
			text(xml, "component_number", details.label());
		}
		LocalDate online = details.onlinePublicationDate();
		if (online != null) {
			xml.writeStartElement(NS, "publication_date");
			xml.writeAttribute("media_type", "online");
			text(xml, "month", String.format("%02d", online.getMonthValue()));
			text(xml, "day", String.format("%02d", online.getDayOfMonth()));
			text(xml, "year", Integer.toString(online.getYear()));
			xml.writeEndElement();
		}
		if (details.firstPage() != null) {
			xml.writeStartElement(NS, "pages");
			text(xml, "first_page", details.firstPage());
			if (details.lastPage() != null) {
				text(xml, "last_page", details.lastPage());
			}
			xml.writeEndElement();
		}
		doiData(xml, chapter.doi(), url);
		xml.writeEndElement();
	}

	/**
	 * A person, split into given name and surname at the last space: the catalogue keeps
	 * names as printed, and a deposit needs the surname apart. The role is the one stored
	 * ({@code author} when unknown), the ORCID iD after the affiliations, where the
	 * schema puts it.
	 */
	private static void person(XMLStreamWriter xml, Contributor contributor, boolean first) throws XMLStreamException {
		String name = contributor.name().strip();
		int space = name.lastIndexOf(' ');
		xml.writeStartElement(NS, "person_name");
		xml.writeAttribute("sequence", first ? "first" : "additional");
		xml.writeAttribute("contributor_role", (contributor.role() != null) ? contributor.role().crossrefName()
				: ContributorRole.AUTHOR.crossrefName());
		if (space > 0) {
			text(xml, "given_name", name.substring(0, space).strip());
		}
		text(xml, "surname", (space > 0) ? name.substring(space + 1) : name);
		if (contributor.affiliation() != null) {
			xml.writeStartElement(NS, "affiliations");
			xml.writeStartElement(NS, "institution");
			text(xml, "institution_name", contributor.affiliation());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		if (contributor.orcid() != null) {
			text(xml, "ORCID", contributor.orcid());
		}
		xml.writeEndElement();
	}

	private static void titles(XMLStreamWriter xml, String title, String subtitle) throws XMLStreamException {
		xml.writeStartElement(NS, "titles");
		text(xml, "title", title);
		if (subtitle != null) {
			text(xml, "subtitle", subtitle);
		}
		xml.writeEndElement();
	}

	private static void doiData(XMLStreamWriter xml, String doi, String url) throws XMLStreamException {
		xml.writeStartElement(NS, "doi_data");
		text(xml, "doi", doi);
		text(xml, "resource", url);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(NS, element);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
