package org.colophon.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a synthetic catalogue of books with their chapters as Crossref 5.3.1 deposit
 * files, for benchmarks ({@code bench/generate-catalogue}): titles and abstracts of
 * realistic lengths with non-Latin words and names, two to four contributors per chapter
 * (half of them affiliated), a third of the books divided into parts, three books in four
 * with a DOI (a chapter always has one: the schema requires it), print and online ISBNs,
 * pages and dates. The same arguments give the same files.
 * <p>
 * {@code java … CatalogueGenerator BOOKS CHAPTERS_PER_BOOK OUT_DIR [BOOKS_PER_FILE]}
 */
public final class CatalogueGenerator {

	private static final String NS = "http://www.crossref.org/schema/5.3.1";

	private static final String JATS = "http://www.ncbi.nlm.nih.gov/JATS1";

	private static final String[] WORDS = { "river", "harbour", "trade", "power", "city", "empire", "memory", "archive",
			"frontier", "labour", "market", "faith", "print", "reading", "science", "medicine", "law", "language",
			"music", "landscape", "migration", "revolution", "network", "knowledge", "state", "household", "ritual",
			"money", "credit", "climate", "water", "famine", "war", "peace", "treaty", "colony", "voyage", "manuscript",
			"library", "university", "guild", "court", "village", "salt", "silk", "grain", "coal", "railway",
			"telegraph", "census", "map", "border", "exile", "translation", "poetry", "theatre", "café", "Łódź",
			"São Paulo", "Zürich", "Kraków", "Malmö", "Ærø", "Île-de-France", "Αθήνα", "Москва", "東京", "서울", "القاهرة",
			"Hà Nội", "İstanbul", "Reykjavík", "Ciudad de México", "naïve", "façade", "rôle", "über" };

	private static final String[] LINKS = { "of", "and", "in", "the", "on", "between", "after", "before", "under",
			"beyond", "across", "for" };

	private static final String[] GIVEN = { "Ana", "Jürgen", "Sofia", "Chidi", "Mei", "Łukasz", "Zoë", "José", "Ingrid",
			"Rahul", "Aiyana", "Björn", "Émilie", "Oluwaseun", "Hiroshi", "Fatima", "Nikos", "Dmitri", "Siobhán",
			"Thảo", "Søren", "Ayşe", "Kwame", "Noémie" };

	private static final String[] SURNAMES = { "Okafor", "Müller", "Rossi", "Nakamura", "Kowalski", "García",
			"Andersson", "Dubois", "Papadopoulos", "Ivanova", "Nguyễn", "Ó Briain", "Østergaard", "Yılmaz", "Mensah",
			"van der Berg", "Shah", "Chen", "Fernández", "Haddad", "Kim", "Lefèvre", "Novák", "Silva" };

	private static final String[] INSTITUTIONS = { "Universität Hamburg", "University of Lagos",
			"Università di Bologna", "Uniwersytet Jagielloński", "Universidade de São Paulo", "Kyoto University",
			"Sorbonne Université", "Københavns Universitet", "Boğaziçi Üniversitesi", "University of Ghana",
			"Universidad Nacional Autónoma de México", "Vietnam National University" };

	private static final String[] PUBLISHERS = { "Ridgeway University Press", "Harbour & Quay Academic",
			"Éditions du Méridien", "Nordlicht Verlag", "Meridian Scholarly Books" };

	private final SplittableRandom random;

	private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

	CatalogueGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	public static void main(String[] args) throws IOException, XMLStreamException {
		if (args.length < 3) {
			System.err.println("usage: CatalogueGenerator BOOKS CHAPTERS_PER_BOOK OUT_DIR [BOOKS_PER_FILE]");
			System.exit(2);
		}
		int books = Integer.parseInt(args[0]);
		int chapters = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		int perFile = (args.length > 3) ? Integer.parseInt(args[3]) : 100;
		List<Path> files = new CatalogueGenerator(1).write(books, chapters, perFile, out);
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		System.out.printf("%d books x %d chapters = %d chapters in %d files (%d MB) under %s%n", books, chapters,
				(long) books * chapters, files.size(), bytes / 1_000_000, out);
	}

	/**
	 * Writes {@code books} books of {@code chapters} chapters each, {@code perFile} books
	 * to a file, into {@code folder}.
	 * @return the files written, in name order
	 */
	List<Path> write(int books, int chapters, int perFile, Path folder) throws IOException, XMLStreamException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int first = 0; first < books; first += perFile) {
			Path file = folder.resolve(String.format("catalogue-%06d.xml", first / perFile + 1));
			try (OutputStream out = Files.newOutputStream(file)) {
				XMLStreamWriter writer = this.xml.createXMLStreamWriter(out, "UTF-8");
				writer.writeStartDocument("UTF-8", "1.0");
				writer.setDefaultNamespace(NS);
				writer.setPrefix("jats", JATS);
				writer.writeStartElement(NS, "doi_batch");
				writer.writeDefaultNamespace(NS);
				writer.writeNamespace("jats", JATS);
				writer.writeAttribute("version", "5.3.1");
				head(writer, first / perFile + 1);
				writer.writeStartElement(NS, "body");
				for (int book = first; book < Math.min(books, first + perFile); book++) {
					book(writer, book, chapters);
				}
				writer.writeEndElement();
				writer.writeEndElement();
				writer.writeEndDocument();
				writer.close();
			}
			files.add(file);
		}
		return files;
	}

	private static void head(XMLStreamWriter writer, int batch) throws XMLStreamException {
		writer.writeStartElement(NS, "head");
		text(writer, "doi_batch_id", "colophon-bench-" + batch);
		text(writer, "timestamp", "20260115100000");
		writer.writeStartElement(NS, "depositor");
		text(writer, "depositor_name", "Colophon benchmarks");
		text(writer, "email_address", "bench@colophon.example");
		writer.writeEndElement();
		text(writer, "registrant", "Colophon benchmarks");
		writer.writeEndElement();
	}

	private void book(XMLStreamWriter writer, int book, int chapters) throws XMLStreamException {
		String doi = (this.random.nextInt(4) < 3) ? "10.5555/bench." + book : null;
		int year = 1990 + this.random.nextInt(36);
		writer.writeStartElement(NS, "book");
		writer.writeAttribute("book_type", (this.random.nextInt(3) == 0) ? "monograph" : "edited_book");
		writer.writeStartElement(NS, "book_metadata");
		writer.writeAttribute("language", "en");
		writer.writeStartElement(NS, "contributors");
		person(writer, "editor", true);
		writer.writeEndElement();
		titles(writer, 3, 9, 0.6);
		writer.writeStartElement(NS, "publication_date");
		writer.writeAttribute("media_type", "print");
		text(writer, "year", Integer.toString(year));
		writer.writeEndElement();
		isbn(writer, "print", isbn(book, 0));
		isbn(writer, "electronic", isbn(book, 1));
		writer.writeStartElement(NS, "publisher");
		text(writer, "publisher_name", PUBLISHERS[book % PUBLISHERS.length]);
		writer.writeEndElement();
		if (doi != null) {
			doiData(writer, doi, "https://press.example/books/" + book);
		}
		writer.writeEndElement();
		int parts = (this.random.nextInt(3) == 0) ? 2 + this.random.nextInt(3) : 0;
		int page = 1 + this.random.nextInt(20);
		for (int chapter = 1; chapter <= chapters; chapter++) {
			int part = (parts > 0) ? (chapter - 1) * parts / chapters + 1 : 0;
			if (parts > 0 && (chapter == 1 || part != (chapter - 2) * parts / chapters + 1)) {
				writer.writeStartElement(NS, "content_item");
				writer.writeAttribute("component_type", "part");
				writer.writeAttribute("level_sequence_number", "1");
				writer.writeStartElement(NS, "titles");
				text(writer, "title", "Part " + part + " - " + phrase(2, 5));
				writer.writeEndElement();
				doiData(writer, "10.5555/bench." + book + ".p" + part,
						"https://press.example/books/" + book + "/p" + part);
				writer.writeEndElement();
			}
			int length = 12 + this.random.nextInt(30);
			chapter(writer, book, chapter, (parts > 0) ? "2" : "1", year, page, page + length - 1);
			page += length;
		}
		writer.writeEndElement();
	}

	private void chapter(XMLStreamWriter writer, int book, int chapter, String level, int year, int first, int last)
			throws XMLStreamException {
		writer.writeStartElement(NS, "content_item");
		writer.writeAttribute("component_type", "chapter");
		writer.writeAttribute("level_sequence_number", level);
		writer.writeStartElement(NS, "contributors");
		int people = 2 + this.random.nextInt(3);
		for (int i = 0; i < people; i++) {
			person(writer, "author", i == 0);
		}
		writer.writeEndElement();
		titles(writer, 2, 12, 0.4);
		writer.writeStartElement(JATS, "abstract");
		int paragraphs = 1 + this.random.nextInt(3);
		for (int i = 0; i < paragraphs; i++) {
			writer.writeStartElement(JATS, "p");
			writer.writeCharacters(sentence(40 + this.random.nextInt(120)));
			writer.writeEndElement();
		}
		writer.writeEndElement();
		text(writer, "component_number", Integer.toString(chapter));
		writer.writeStartElement(NS, "publication_date");
		writer.writeAttribute("media_type", "online");
		text(writer, "month", String.format("%02d", 1 + this.random.nextInt(12)));
		text(writer, "day", String.format("%02d", 1 + this.random.nextInt(28)));
		text(writer, "year", Integer.toString(year));
		writer.writeEndElement();
		writer.writeStartElement(NS, "pages");
		text(writer, "first_page", Integer.toString(first));
		text(writer, "last_page", Integer.toString(last));
		writer.writeEndElement();
		doiData(writer, "10.5555/bench." + book + "." + chapter, "https://press.example/books/" + book + "/" + chapter);
		writer.writeEndElement();
	}

	private void person(XMLStreamWriter writer, String role, boolean first) throws XMLStreamException {
		writer.writeStartElement(NS, "person_name");
		writer.writeAttribute("sequence", first ? "first" : "additional");
		writer.writeAttribute("contributor_role", role);
		text(writer, "given_name", pick(GIVEN));
		text(writer, "surname", pick(SURNAMES));
		if (this.random.nextBoolean()) {
			writer.writeStartElement(NS, "affiliations");
			writer.writeStartElement(NS, "institution");
			text(writer, "institution_name", pick(INSTITUTIONS));
			writer.writeEndElement();
			writer.writeEndElement();
		}
		writer.writeEndElement();
	}

	private void titles(XMLStreamWriter writer, int min, int max, double subtitleShare) throws XMLStreamException {
		writer.writeStartElement(NS, "titles");
		text(writer, "title", capitalise(phrase(min, max)));
		if (this.random.nextDouble() < subtitleShare) {
			text(writer, "subtitle", capitalise(phrase(3, 8)));
		}
		writer.writeEndElement();
	}

	private static void isbn(XMLStreamWriter writer, String media, String isbn) throws XMLStreamException {
		writer.writeStartElement(NS, "isbn");
		writer.writeAttribute("media_type", media);
		writer.writeCharacters(isbn);
		writer.writeEndElement();
	}

	/** A valid ISBN-13, unique to the book and the edition. */
	static String isbn(int book, int edition) {
		String body = String.format("978%09d", (long) book * 2 + edition);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (body.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return body + (10 - sum % 10) % 10;
	}

	private static void doiData(XMLStreamWriter writer, String doi, String resource) throws XMLStreamException {
		writer.writeStartElement(NS, "doi_data");
		text(writer, "doi", doi);
		text(writer, "resource", resource);
		writer.writeEndElement();
	}

	private static void text(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(NS, name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

	private String phrase(int min, int max) {
		int words = min + this.random.nextInt(max - min + 1);
		StringBuilder phrase = new StringBuilder(pick(WORDS));
		for (int i = 1; i < words; i++) {
			phrase.append(' ').append((i % 2 == 1) ? pick(LINKS) : pick(WORDS));
		}
		return phrase.toString();
	}

	private String sentence(int words) {
		StringBuilder text = new StringBuilder();
		int sentence = 0;
		for (int i = 0; i < words; i++) {
			String word = (this.random.nextInt(3) == 0) ? pick(LINKS) : pick(WORDS);
			text.append((sentence == 0) ? capitalise(word) : word);
			sentence++;
			boolean end = sentence > 6 && this.random.nextInt(8) == 0;
			text.append(end || i == words - 1 ? ". " : " ");
			sentence = end ? 0 : sentence;
		}
		return text.toString().strip();
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase() + text.substring(1);
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
