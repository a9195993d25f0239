package org.colophon.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;

/**
 * Describes a chapter as a CSL item, the one source every style and export format is made
 * from.
 */
final class CslItems {

	private CslItems() {
	}

	static CSLItemData of(ChapterInfo chapter, String canonicalUrl) {
		ChapterDetails details = chapter.details();
		BookInfo book = chapter.book();
		CSLItemDataBuilder builder = new CSLItemDataBuilder().id(chapter.id())
			.type(CSLType.CHAPTER)
			.title(details.title())
			.containerTitle(book.details().fullTitle())
			.URL(canonicalUrl);
		CSLName[] authors = details.contributors()
			.stream()
			.filter(Contributor::isAuthor)
			.map(CslItems::name)
			.toArray(CSLName[]::new);
		if (authors.length > 0) {
			builder.author(authors);
		}
		CSLName[] editors = names(details, ContributorRole.EDITOR);
		if (editors.length > 0) {
			builder.editor(editors);
		}
		CSLName[] translators = names(details, ContributorRole.TRANSLATOR);
		if (translators.length > 0) {
			builder.translator(translators);
		}
		CSLName[] chairs = names(details, ContributorRole.CHAIR);
		if (chairs.length > 0) {
			builder.chair(chairs);
		}
		if (book.publisher() != null) {
			builder.publisher(book.publisher());
		}
		Integer year = book.printPublicationYear();
		LocalDate online = details.onlinePublicationDate();
		if (year != null) {
			builder.issued(year);
		}
		else if (online != null) {
			builder.issued(online.getYear(), online.getMonthValue(), online.getDayOfMonth());
		}
		if (online != null) {
			builder.availableDate(online.getYear(), online.getMonthValue(), online.getDayOfMonth());
		}
		String pages = pages(details);
		if (pages != null) {
			builder.page(pages);
		}
		if (details.label() != null) {
			builder.chapterNumber(details.label());
		}
		if (chapter.doi() != null) {
			builder.DOI(chapter.doi());
		}
		String isbn = (book.printIsbn() != null) ? book.printIsbn() : book.onlineIsbn();
		if (isbn != null) {
			builder.ISBN(isbn);
		}
		if (!details.summary().isEmpty()) {
			builder.abstrct(String.join("\n\n", details.summary()));
		}
		return builder.build();
	}

	/** The names of the contributors in a role other than author, in order. */
	static CSLName[] names(ChapterDetails details, ContributorRole role) {
		return details.contributors()
			.stream()
			.filter((contributor) -> contributor.is(role))
			.map(CslItems::name)
			.toArray(CSLName[]::new);
	}

	/** The page range as CSL writes it, {@code 163-167}; {@code null} when unknown. */
	static String pages(ChapterDetails details) {
		if (details.firstPage() == null) {
			return null;
		}
		return (details.lastPage() == null) ? details.firstPage() : details.firstPage() + "-" + details.lastPage();
	}

	/**
	 * Splits a printed name into family and given names, as BibTeX does; a name that
	 * cannot be split is kept whole as a literal rather than guessed.
	 */
	static CSLName name(Contributor contributor) {
		try {
			CSLName[] parsed = NameParser.parse(contributor.name());
			if (parsed.length == 1 && parsed[0].getFamily() != null) {
				return parsed[0];
			}
		}
		catch (RuntimeException ex) {
			// fall through to a literal name
		}
		return new CSLNameBuilder().literal(contributor.name()).build();
	}

	/** Family name first, as RIS and BibTeX want it: "Getty, J. Arch". */
	static String invertedName(CSLName name) {
		if (name.getLiteral() != null) {
			return name.getLiteral();
		}
		List<String> family = new ArrayList<>();
		if (name.getNonDroppingParticle() != null) {
			family.add(name.getNonDroppingParticle());
		}
		family.add(name.getFamily());
		StringBuilder result = new StringBuilder(String.join(" ", family));
		List<String> given = new ArrayList<>();
		if (name.getGiven() != null) {
			given.add(name.getGiven());
		}
		if (name.getDroppingParticle() != null) {
			given.add(name.getDroppingParticle());
		}
		if (!given.isEmpty()) {
			result.append(", ").append(String.join(" ", given));
		}
		return result.toString();
	}

}
