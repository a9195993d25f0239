package org.colophon.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.access.AccessOptionKind;
import org.colophon.access.OfferedOption;
import org.colophon.access.Viewer;
import org.colophon.account.ReaderPrincipal;
import org.colophon.account.Role;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.BookWithChapters;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterHeading;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;

/**
 * What the services hand the web layer in the slice tests: books and chapters, access
 * decisions, and who is asking.
 */
final class WebFixtures {

	static final Instant UPDATED = Instant.parse("2026-01-15T10:00:00Z");

	/** A signed-in reader. */
	static final ReaderPrincipal READER = new ReaderPrincipal(42L, "reader@example.org", "unused", Role.READER);

	/** The address MockMvc requests come from. */
	static final InetAddress LOCALHOST = address("127.0.0.1");

	private WebFixtures() {
	}

	static BookInfo book(String id, String title) {
		return new BookInfo(id, new BookDetails(title, "A Subtitle", "Test Press", 2009), List.of("Front matter"),
				UPDATED);
	}

	/** A chapter of the book "b1", "The Book". */
	static ChapterInfo chapter(String id, String title) {
		return new ChapterInfo(id, CatalogueFixtures.chapter("3", title, "45"), book("b1", "The Book"), UPDATED);
	}

	/**
	 * A chapter of the book "b1" by "A. Author" (an author with no iD) and "E. Editor"
	 * (its editor, with an ORCID iD).
	 */
	static ChapterInfo editedChapter(String id, String title) {
		ChapterDetails d = CatalogueFixtures.chapter("3", title, "45");
		ChapterDetails edited = new ChapterDetails(d.label(), d.title(), d.part(), d.notice(),
				List.of(new Contributor("A. Author", "Some University", ContributorRole.AUTHOR, null),
						new Contributor("E. Editor", null, ContributorRole.EDITOR, "0000-0002-1825-0097")),
				d.onlinePublicationDate(), d.summaryHeading(), d.summary(), d.type(), d.firstPage(), d.lastPage(),
				d.accessRequired(), d.accessNote(), d.references(), d.capturedAt(), d.doi());
		return new ChapterInfo(id, edited, book("b1", "The Book"), UPDATED);
	}

	static BookWithChapters bookWithChapters(String id, String title, String... chapterTitles) {
		List<ChapterHeading> headings = IntStream.range(0, chapterTitles.length)
			.mapToObj((i) -> new ChapterHeading(id + "-c" + (i + 1), id, String.valueOf(i + 1), chapterTitles[i],
					String.valueOf((i + 1) * 10), null, Instant.EPOCH))
			.toList();
		return new BookWithChapters(book(id, title), headings);
	}

	static AccessDecision granted(AccessBasis basis) {
		return new AccessDecision(true, basis, null, null, null, null, List.of());
	}

	/** Denied, offering to log in. */
	static AccessDecision denied() {
		return new AccessDecision(false, AccessBasis.NONE, null, null, null, AccessDecision.NO_LICENCE, List
			.of(new OfferedOption(AccessOptionKind.LOG_IN, "Log in", "Use your personal account.", null, null)));
	}

	/** An anonymous visitor, as the slice's requests come. */
	static Viewer anonymous() {
		return new Viewer(null, LOCALHOST);
	}

	/** {@link #READER}, as the slice's requests come. */
	static Viewer reader() {
		return new Viewer(READER.id(), LOCALHOST);
	}

	static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal + " is not an address literal", ex);
		}
	}

}
