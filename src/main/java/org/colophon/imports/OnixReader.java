package org.colophon.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.colophon.catalogue.BookContributor;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookProfile;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterSource;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.Doi;
import org.colophon.catalogue.Isbn;
import org.colophon.catalogue.Subject;

/**
 * Reads the {@code <Product>} records of an ONIX for Books 3.0 message (reference tags)
 * one at a time, with StAX, so a file of any size is read in constant memory.
 * <p>
 * A product gives a book: its distinctive title and subtitle, contributors in order with
 * their roles ({@code A01} author, {@code B01} editor, other codes kept as they are) and
 * first affiliation, publisher, publication year, ISBN-13 ({@code ProductIDType} 15: the
 * online ISBN when the {@code ProductForm} is digital, {@code E…}, else the print ISBN;
 * the other edition's from a related product, relation 13 or 27), DOI
 * ({@code ProductIDType} 06), subjects and a price (a consumer price, type 02 before 01
 * before any other). Each {@code ContentItem} with a title gives a chapter (number,
 * title, contributors, pages, DOI), and an item whose component type is {@code Part}
 * names the part of the items below its level. A product whose notification is a deletion
 * ({@code 05}) is passed over. Elements it does not know are skipped. Whatever cannot be
 * stored is a problem with its line; reading goes on to find them all, and the file is
 * refused when there is any.
 */
final class OnixReader {

	private static final Map<String, String> ROLES = Map.of("A01", "author", "B01", "editor");

	private static final Map<String, String> SCHEMES = Map.of("10", "BISAC", "12", "BIC", "20", "keywords", "93",
			"Thema", "04", "LCC", "01", "Dewey");

	private static final List<String> PRICE_TYPES = List.of("02", "01");

	private final XMLInputFactory factory;

	OnixReader() {
		this.factory = XMLInputFactory.newFactory();
		this.factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		this.factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		this.factory.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	/**
	 * Reads every product in the message, handing each book to {@code books} as soon as
	 * it is read.
	 * @throws InvalidFileException when the file is not a well-formed ONIX 3.0 message or
	 * holds a record that cannot be stored; {@code books} may have been given the books
	 * before the first problem
	 */
	void read(InputStream in, Consumer<ImportedBook> books) throws InvalidFileException {
		List<ImportProblem> problems = new ArrayList<>();
		XMLStreamReader reader = null;
		try {
			reader = this.factory.createXMLStreamReader(in);
			new Run(reader, problems, books).document();
		}
		catch (XMLStreamException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : 0;
			String message = (ex.getMessage() != null) ? ex.getMessage() : "unreadable";
			int detail = message.lastIndexOf("Message: ");
			problems.add(new ImportProblem(Math.max(line, 0), "not well-formed XML: "
					+ ((detail >= 0) ? message.substring(detail + "Message: ".length()) : message).strip()));
		}
		finally {
			if (reader != null) {
				try {
					reader.close();
				}
				catch (XMLStreamException ex) {
					// the stream's owner closes the file; nothing is left to release here
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFileException(problems);
		}
	}

	/** The state of reading one file. */
	private static final class Run extends XmlCursor {

		private final Consumer<ImportedBook> books;

		private String defaultCurrency;

		Run(XMLStreamReader reader, List<ImportProblem> problems, Consumer<ImportedBook> books) {
			super(reader, problems);
			this.books = books;
		}

		void document() throws XMLStreamException {
			root();
			if (!"ONIXMessage".equals(name()) || !OnixSchema.NAMESPACE.equals(namespace())) {
				problem(line(), "the root element is not an ONIX 3.0 <ONIXMessage> with reference tags");
				return;
			}
			while (nextChild()) {
				switch (name()) {
					case "Header" -> header();
					case "Product" -> product();
					default -> skip();
				}
			}
		}

		private void header() throws XMLStreamException {
			while (nextChild()) {
				if ("DefaultCurrencyCode".equals(name())) {
					this.defaultCurrency = text();
				}
				else {
					skip();
				}
			}
		}

		private void product() throws XMLStreamException {
			int line = line();
			ProductFields product = new ProductFields();
			while (nextChild()) {
				switch (name()) {
					case "NotificationType" -> product.notification = text();
					case "ProductIdentifier" -> identifier(product);
					case "DescriptiveDetail" -> descriptive(product);
					case "ContentDetail" -> contents(product);
					case "PublishingDetail" -> publishing(product);
					case "RelatedMaterial" -> related(product);
					case "ProductSupply" -> supply(product);
					default -> skip();
				}
			}
			if (!"05".equals(product.notification)) {
				toBook(line, product);
			}
		}

		private void identifier(ProductFields product) throws XMLStreamException {
			Identifier id = identifier("ProductIDType");
			if (id.is("15")) {
				product.isbn = isbn(id.value(), id.line());
			}
			else if (id.is("06")) {
				product.doi = doi(id.value(), id.line());
			}
		}

		/** An identifier composite: its type, value and the line of the value. */
		private Identifier identifier(String typeElement) throws XMLStreamException {
			String type = null;
			String value = null;
			int line = line();
			while (nextChild()) {
				if (typeElement.equals(name())) {
					type = text();
				}
				else if ("IDValue".equals(name())) {
					line = line();
					value = text();
				}
				else {
					skip();
				}
			}
			return new Identifier(type, (value != null) ? value : "", line);
		}

		private String isbn(String value, int line) {
			if (Isbn.parse(value).isEmpty()) {
				problem(line, "not a valid ISBN: '" + abbreviate(value) + "'");
				return null;
			}
			return value;
		}

		private String doi(String value, int line) {
			if (Doi.parse(value).isEmpty()) {
				problem(line, "not a valid DOI: '" + abbreviate(value) + "'");
				return null;
			}
			return value;
		}

		private void descriptive(ProductFields product) throws XMLStreamException {
			while (nextChild()) {
				switch (name()) {
					case "ProductForm" -> product.digital = text().startsWith("E");
					case "TitleDetail" -> title(product.titles);
					case "Contributor" -> {
						ContributorFields contributor = contributor();
						if (contributor != null) {
							product.contributors.add(contributor);
						}
					}
					case "Subject" -> subject(product.subjects);
					default -> skip();
				}
			}
		}

		/** The first title element of a distinctive title ({@code TitleType} 01). */
		private void title(TitleFields titles) throws XMLStreamException {
			String type = null;
			TitleFields read = new TitleFields();
			while (nextChild()) {
				if ("TitleType".equals(name())) {
					type = text();
				}
				else if ("TitleElement".equals(name()) && read.title == null) {
					String prefix = null;
					String withoutPrefix = null;
					while (nextChild()) {
						switch (name()) {
							case "TitleText" -> read.title = text();
							case "TitlePrefix" -> prefix = text();
							case "TitleWithoutPrefix" -> withoutPrefix = text();
							case "Subtitle" -> read.subtitle = text();
							default -> skip();
						}
					}
					if (read.title == null && withoutPrefix != null) {
						read.title = (prefix != null) ? prefix + " " + withoutPrefix : withoutPrefix;
					}
				}
				else {
					skip();
				}
			}
			if ("01".equals(type) && titles.title == null) {
				titles.title = read.title;
				titles.subtitle = read.subtitle;
			}
		}

		private ContributorFields contributor() throws XMLStreamException {
			ContributorFields contributor = new ContributorFields();
			String before = null;
			String key = null;
			String inverted = null;
			String corporate = null;
			int line = line();
			while (nextChild()) {
				switch (name()) {
					case "SequenceNumber" -> contributor.sequence = sequence(text(), line);
					case "ContributorRole" -> {
						String role = text();
						contributor.role = (contributor.role != null) ? contributor.role
								: ROLES.getOrDefault(role, role);
					}
					case "PersonName" -> contributor.name = text();
					case "PersonNameInverted" -> inverted = text();
					case "NamesBeforeKey" -> before = text();
					case "KeyNames" -> key = text();
					case "CorporateName" -> corporate = text();
					case "ProfessionalAffiliation" -> {
						String affiliation = affiliation();
						contributor.affiliation = (contributor.affiliation != null) ? contributor.affiliation
								: affiliation;
					}
					default -> skip();
				}
			}
			if (contributor.name == null && key != null) {
				contributor.name = (before != null) ? before + " " + key : key;
			}
			if (contributor.name == null && inverted != null) {
				int comma = inverted.indexOf(',');
				contributor.name = (comma < 0) ? inverted
						: (inverted.substring(comma + 1).strip() + " " + inverted.substring(0, comma).strip()).strip();
			}
			if (contributor.name == null) {
				contributor.name = corporate;
			}
			return (contributor.name == null || contributor.name.isBlank()) ? null : contributor;
		}

		private int sequence(String text, int line) {
			try {
				return Integer.parseInt(text);
			}
			catch (NumberFormatException ex) {
				problem(line, "not a sequence number: '" + abbreviate(text) + "'");
				return Integer.MAX_VALUE;
			}
		}

		private String affiliation() throws XMLStreamException {
			String affiliation = null;
			while (nextChild()) {
				if ("Affiliation".equals(name())) {
					affiliation = text();
				}
				else {
					skip();
				}
			}
			return (affiliation == null || affiliation.isBlank()) ? null : affiliation;
		}

		private void subject(List<Subject> subjects) throws XMLStreamException {
			String scheme = null;
			String schemeName = null;
			String code = null;
			String heading = null;
			while (nextChild()) {
				switch (name()) {
					case "SubjectSchemeIdentifier" -> scheme = text();
					case "SubjectSchemeName" -> schemeName = text();
					case "SubjectCode" -> code = text();
					case "SubjectHeadingText" -> heading = (heading != null) ? heading : text();
					default -> skip();
				}
			}
			String name = (schemeName != null) ? schemeName : SCHEMES.getOrDefault(scheme, "ONIX scheme " + scheme);
			boolean blank = (code == null || code.isBlank()) && (heading == null || heading.isBlank());
			if (!blank) {
				subjects.add(new Subject(name, code, heading));
			}
		}

		private void publishing(ProductFields product) throws XMLStreamException {
			while (nextChild()) {
				switch (name()) {
					case "Publisher" -> publisher(product);
					case "PublishingDate" -> publishingDate(product);
					default -> skip();
				}
			}
		}

		private void publisher(ProductFields product) throws XMLStreamException {
			String role = null;
			String name = null;
			while (nextChild()) {
				if ("PublishingRole".equals(name())) {
					role = text();
				}
				else if ("PublisherName".equals(name())) {
					name = text();
				}
				else {
					skip();
				}
			}
			if ("01".equals(role) && product.publisher == null) {
				product.publisher = name;
			}
		}

		private void publishingDate(ProductFields product) throws XMLStreamException {
			String role = null;
			String date = null;
			int line = line();
			while (nextChild()) {
				if ("PublishingDateRole".equals(name())) {
					role = text();
				}
				else if ("Date".equals(name())) {
					line = line();
					date = text();
				}
				else {
					skip();
				}
			}
			if (!"01".equals(role) && !"19".equals(role)) {
				return;
			}
			Integer year = year(date, line);
			if ("01".equals(role)) {
				product.year = year;
			}
			else {
				product.printCounterpartYear = year;
			}
		}

		private Integer year(String date, int line) {
			if (date == null || date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit)) {
				problem(line, "not a valid date: '" + abbreviate(String.valueOf(date)) + "'");
				return null;
			}
			return Integer.valueOf(date.substring(0, 4));
		}

		private void related(ProductFields product) throws XMLStreamException {
			while (nextChild()) {
				if ("RelatedProduct".equals(name())) {
					List<String> codes = new ArrayList<>();
					String isbn = null;
					while (nextChild()) {
						if ("ProductRelationCode".equals(name())) {
							codes.add(text());
						}
						else if ("ProductIdentifier".equals(name())) {
							Identifier id = identifier("ProductIDType");
							if (id.is("15")) {
								isbn = isbn(id.value(), id.line());
							}
						}
						else {
							skip();
						}
					}
					if (isbn != null && codes.contains("13")) {
						product.relatedPrintIsbn = isbn;
					}
					else if (isbn != null && codes.contains("27")) {
						product.relatedOnlineIsbn = isbn;
					}
				}
				else {
					skip();
				}
			}
		}

		private void supply(ProductFields product) throws XMLStreamException {
			while (nextChild()) {
				if ("SupplyDetail".equals(name())) {
					while (nextChild()) {
						if ("Price".equals(name())) {
							price(product);
						}
						else {
							skip();
						}
					}
				}
				else {
					skip();
				}
			}
		}

		private void price(ProductFields product) throws XMLStreamException {
			String type = null;
			String amount = null;
			String currency = this.defaultCurrency;
			int line = line();
			while (nextChild()) {
				switch (name()) {
					case "PriceType" -> type = text();
					case "PriceAmount" -> {
						line = line();
						amount = text();
					}
					case "CurrencyCode" -> currency = text();
					default -> skip();
				}
			}
			if (amount == null) {
				return;
			}
			int rank = PRICE_TYPES.contains(type) ? PRICE_TYPES.indexOf(type) : PRICE_TYPES.size();
			if (product.price != null && rank >= product.priceRank) {
				return;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(amount).stripTrailingZeros();
				if (value.signum() <= 0 || value.scale() > 2 || value.precision() - value.scale() > 10) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				problem(line, "not a price this site can charge: '" + abbreviate(amount) + "'");
				return;
			}
			if (currency == null || !isCurrency(currency)) {
				problem(line, "a price without a known currency: '" + abbreviate(String.valueOf(currency)) + "'");
				return;
			}
			product.price = new ImportedPrice(value.setScale(2), currency, false);
			product.priceRank = rank;
		}

		private static boolean isCurrency(String code) {
			try {
				Currency.getInstance(code);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private void contents(ProductFields product) throws XMLStreamException {
			PartTracker parts = new PartTracker();
			while (nextChild()) {
				if ("ContentItem".equals(name())) {
					ItemFields item = contentItem();
					if ("part".equals(item.componentType)) {
						parts.enter(item.level, item.titles.title);
					}
					else if (item.titles.title != null && !item.titles.title.isBlank()) {
						item.part = parts.partFor(item.level);
						product.items.add(item);
					}
					else {
						problem(item.line, "a content item without a title");
					}
				}
				else {
					skip();
				}
			}
		}

		private ItemFields contentItem() throws XMLStreamException {
			ItemFields item = new ItemFields();
			item.line = line();
			while (nextChild()) {
				switch (name()) {
					case "LevelSequenceNumber" -> item.level = text().split("\\.").length;
					case "TextItem" -> textItem(item);
					case "ComponentTypeName" -> item.componentType = text().toLowerCase(Locale.ROOT);
					case "ComponentNumber" -> item.number = text();
					case "TitleDetail" -> title(item.titles);
					case "Contributor" -> {
						ContributorFields contributor = contributor();
						if (contributor != null) {
							item.contributors.add(contributor);
						}
					}
					default -> skip();
				}
			}
			return item;
		}

		private void textItem(ItemFields item) throws XMLStreamException {
			while (nextChild()) {
				switch (name()) {
					case "TextItemIdentifier" -> {
						Identifier id = identifier("TextItemIDType");
						if (id.is("06")) {
							item.doi = doi(id.value(), id.line());
						}
					}
					case "PageRun" -> {
						while (nextChild()) {
							switch (name()) {
								case "FirstPageNumber" ->
									item.firstPage = (item.firstPage != null) ? item.firstPage : text();
								case "LastPageNumber" -> item.lastPage = text();
								default -> skip();
							}
						}
					}
					default -> skip();
				}
			}
		}

		private void toBook(int line, ProductFields product) {
			if (product.titles.title == null || product.titles.title.isBlank()) {
				problem(line, "a product without a distinctive title (TitleType 01)");
				return;
			}
			BookDetails book;
			try {
				book = new BookDetails(product.titles.title, product.titles.subtitle, product.publisher,
						product.digital ? product.printCounterpartYear : product.year, product.doi,
						product.digital ? product.relatedPrintIsbn : product.isbn,
						product.digital ? product.isbn : product.relatedOnlineIsbn);
			}
			catch (IllegalArgumentException ex) {
				problem(line, "the book cannot be stored: " + ex.getMessage());
				return;
			}
			String bookKey = (book.doi() != null) ? "book-doi:" + book.doi()
					: (book.printIsbn() != null) ? "isbn:" + book.printIsbn()
							: (book.onlineIsbn() != null) ? "isbn:" + book.onlineIsbn()
									: "title:" + CrossrefReader
										.sha256(book.fullTitle().toLowerCase(Locale.ROOT) + "\n" + book.publisher())
										.substring(0, 16);
			List<ChapterSource> chapters = new ArrayList<>();
			int position = 0;
			for (ItemFields item : product.items) {
				position++;
				String title = (item.titles.subtitle == null) ? item.titles.title
						: item.titles.title + ": " + item.titles.subtitle;
				List<Contributor> contributors = item.contributors.stream()
					.sorted(Comparator.comparingInt((ContributorFields contributor) -> contributor.sequence))
					.map((contributor) -> new Contributor(contributor.name, contributor.affiliation))
					.toList();
				ChapterDetails details = new ChapterDetails(item.number, title, item.part, null, contributors, null,
						null, List.of(), "Chapter", item.firstPage, item.lastPage, false, null, List.of(), null,
						item.doi);
				String key = "onix:" + ((details.doi() != null) ? "doi:" + details.doi() : bookKey + "#" + position);
				chapters.add(new ChapterSource(key, CrossrefReader.sha256(details.toString()), details));
			}
			List<BookContributor> contributors = product.contributors.stream()
				.sorted(Comparator.comparingInt((ContributorFields contributor) -> contributor.sequence))
				.map((contributor) -> new BookContributor(contributor.name, contributor.role, contributor.affiliation))
				.toList();
			ImportedPrice price = (product.price != null)
					? new ImportedPrice(product.price.amount(), product.price.currency(), product.digital) : null;
			if (!hasProblems()) {
				this.books.accept(
						new ImportedBook(line, book, chapters, new BookProfile(contributors, product.subjects), price));
			}
		}

	}

	/** An identifier as a record gives it, with the line of its value. */
	private record Identifier(String type, String value, int line) {

		boolean is(String code) {
			return code.equals(this.type);
		}

	}

	private static final class ContributorFields {

		private int sequence = Integer.MAX_VALUE;

		private String name;

		private String role;

		private String affiliation;

	}

	private static final class ProductFields {

		private String notification;

		private final TitleFields titles = new TitleFields();

		private final List<ContributorFields> contributors = new ArrayList<>();

		private final List<Subject> subjects = new ArrayList<>();

		private final List<ItemFields> items = new ArrayList<>();

		private boolean digital;

		private String publisher;

		private Integer year;

		private Integer printCounterpartYear;

		private String isbn;

		private String relatedPrintIsbn;

		private String relatedOnlineIsbn;

		private String doi;

		private ImportedPrice price;

		private int priceRank;

	}

	private static final class ItemFields {

		private int line;

		private int level = 1;

		private String componentType = "";

		private String number;

		private String part;

		private final TitleFields titles = new TitleFields();

		private final List<ContributorFields> contributors = new ArrayList<>();

		private String firstPage;

		private String lastPage;

		private String doi;

	}

}
