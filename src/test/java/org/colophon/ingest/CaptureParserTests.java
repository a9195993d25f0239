package org.colophon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaptureParserTests {

	private final CaptureParser parser = new CaptureParser();

	@Test
	void readsEveryFieldOfTheSeedCapture() throws IOException {
		ParseResult result = this.parser.parse(Files.readString(Path.of("seeds/000_b83ae1fdbe6336a0.txt")));

		assertThat(result.isChapter()).isTrue();
		assertThat(result.problems()).isEmpty();
		ChapterDetails chapter = result.capture().chapter();
		assertThat(chapter.label()).isEqualTo("7");
		assertThat(chapter.title())
			.isEqualTo("The Great Terror on the Local Level: Purges in Moscow Factories, 1936\u20131938");
		assertThat(chapter.part()).isNull();
		assertThat(chapter.notice()).isNull();
		assertThat(chapter.contributors()).isEmpty();
		assertThat(chapter.onlinePublicationDate()).isEqualTo(LocalDate.of(2009, 12, 7));
		assertThat(chapter.accessRequired()).isTrue();
		assertThat(chapter.summaryHeading()).isEqualTo("Summary");
		assertThat(chapter.summary()).hasSize(2);
		assertThat(chapter.summary().get(0)).startsWith("Memoirs and accounts written by victims")
			.contains("histories \u2013 in seeking")
			.endsWith("factory management and party membership.");
		assertThat(chapter.summary().get(1)).startsWith("The initial impetus for the purges");
		assertThat(chapter.type()).isEqualTo("Chapter");
		assertThat(chapter.firstPage()).isEqualTo("163");
		assertThat(chapter.lastPage()).isEqualTo("167");
		assertThat(chapter.accessNote()).startsWith("Get access to the full version of this content")
			.endsWith("Content may require purchase if you do not have access.)");
		assertThat(chapter.references()).isEmpty();
		assertThat(chapter.capturedAt()).isEqualTo(Instant.parse("2024-11-13T00:45:06.763Z"));
		assertThat(result.capture().book())
			.isEqualTo(new BookDetails("Stalinist Terror", "New Perspectives", "Cambridge University Press", 1993));
		assertThat(result.capture().bookContents()).isEmpty();
	}

	@Test
	void dialogTextsAndObfuscatedAddressesNeverReachTheRecord() throws IOException {
		ParseResult result = this.parser.parse(Files.readString(Path.of("seeds/000_b83ae1fdbe6336a0.txt")));

		assertThat(result.capture().toString()).doesNotContain("Kindle", "Dropbox", "Google Drive", "[email",
				"Available formats", "\u00d7");
	}

	@Test
	void readsARichCaptureWithContentsListsContributorsAndReferences() {
		ParseResult result = parseFixture("rich-capture.txt");

		assertThat(result.isChapter()).isTrue();
		ChapterDetails chapter = result.capture().chapter();
		assertThat(chapter.label()).isEqualTo("30");
		assertThat(chapter.title()).isEqualTo("Who Decided? Agency and Terror in the Regions");
		assertThat(chapter.part()).isEqualTo("Part III - Case Studies");
		assertThat(chapter.notice())
			.isEqualTo("This chapter is part of a book that is no longer available to purchase from Cambridge Core");
		assertThat(chapter.contributors()).containsExactly(new Contributor("Jane Q. Doe", "University of Leeds"),
				new Contributor("John Smith", "Institute of Slavonic Studies, Prague"),
				new Contributor("A. N. Other", null));
		assertThat(chapter.onlinePublicationDate()).isEqualTo(LocalDate.of(2010, 3, 5));
		assertThat(chapter.summaryHeading()).isEqualTo("Extract");
		assertThat(chapter.summary()).containsExactly(
				"\u2018Terror is nothing other than justice, prompt, severe, inflexible.\u2019 \u2014 Robespierre",
				"The regional party committees \u2013 long treated as passive \u2013 took \u00abinitiative\u00bb of their own\u2026 and "
						+ "\u201cfulfilled\u201d quotas \u2015 sometimes before they were set.",
				"A second paragraph of the extract.");
		assertThat(chapter.type()).isEqualTo("Chapter");
		assertThat(chapter.firstPage()).isEqualTo("xi");
		assertThat(chapter.lastPage()).isEqualTo("27");
		assertThat(chapter.references()).containsExactly("Conquest, R., The Great Terror (London, 1968).",
				"Getty, J. A., Origins of the Great Purges (Cambridge, 1985).");
		assertThat(chapter.accessNote())
			.isEqualTo("Get access to the full version of this content by using one of the access options below.");
		assertThat(chapter.capturedAt()).isEqualTo(Instant.parse("2024-11-14T09:12:44.120Z"));
		assertThat(result.capture().book())
			.isEqualTo(new BookDetails("The Regions and the Centre", null, "Cambridge University Press", 2001));
		assertThat(result.capture().bookContents()).containsExactly("Frontmatter", "Contents", "Part III Case Studies",
				"7 The Great Terror in the Provinces", "30 Who Decided?", "Index");
	}

	@Test
	void bodyTextAfterTheMetadataIsReportedButNotRead() {
		ParseResult result = parseFixture("rich-capture.txt");

		assertThat(String.join(" ", result.capture().chapter().summary())).doesNotContain("More body text");
		assertThat(result.problems()).extracting(Problem::message)
			.anySatisfy((message) -> assertThat(message).contains("body text after the metadata were not read"));
	}

	@Test
	void readsAFreeUnnumberedChapterWithAnUnheadedSummary() {
		ParseResult result = parseFixture("free-unheaded.txt");

		ChapterDetails chapter = result.capture().chapter();
		assertThat(chapter.label()).isNull();
		assertThat(chapter.title()).isEqualTo("Introduction");
		assertThat(chapter.accessRequired()).isFalse();
		assertThat(chapter.summaryHeading()).isNull();
		assertThat(chapter.summary()).containsExactly(
				"The introduction sets out the argument of the book in four short steps, each of which is taken up "
						+ "again in the chapters that follow.",
				"It closes with a note on sources.");
		assertThat(chapter.contributors()).isEmpty();
		assertThat(chapter.firstPage()).isNull();
		assertThat(chapter.lastPage()).isNull();
		assertThat(chapter.capturedAt()).isNull();
		assertThat(result.capture().book())
			.isEqualTo(new BookDetails("A Book Without a Subtitle", null, "Oxford Scholarly Press", 2014));
		assertThat(result.problems()).containsExactly(new Problem(0, "no page range"));
	}

	@Test
	void skipsACaptureCutOffBeforeItsMetadata() {
		ParseResult result = parseFixture("cut-off.txt");

		assertThat(result.isChapter()).isFalse();
		assertThat(result.skipReason()).contains("ends before its metadata block");
	}

	@Test
	void skipsAJournalArticle() {
		ParseResult result = parseFixture("journal-article.txt");

		assertThat(result.isChapter()).isFalse();
		assertThat(result.skipReason()).isEqualTo("the page is of type 'Research Article', not a chapter");
	}

	@Test
	void skipsAWholeBookContentsListing() {
		ParseResult result = parseFixture("book-listing.txt");

		assertThat(result.isChapter()).isFalse();
		assertThat(result.skipReason()).startsWith("no book information");
	}

	@Test
	void keepsTheFirstOnlineDateAndReportsADifferentSecondOne() {
		ParseResult result = parseFixture("two-dates.txt");

		assertThat(result.capture().chapter().onlinePublicationDate()).isEqualTo(LocalDate.of(2009, 12, 7));
		assertThat(result.capture().book().printPublicationYear()).isNull();
		assertThat(result.problems()).contains(
				new Problem(5, "a second, different online publication date '08 December 2009' was ignored"),
				new Problem(17, "unreadable print publication year 'not a year'"),
				new Problem(0, "no print publication year"));
	}

	@Test
	void loadsAChapterWhoseInformationBlockNamesNoBook() {
		ParseResult result = parseFixture("bookless-chapter.txt");

		assertThat(result.isChapter()).isTrue();
		ChapterDetails chapter = result.capture().chapter();
		assertThat(chapter.label()).isEqualTo("3");
		assertThat(chapter.title()).isEqualTo("Mills and Weirs");
		assertThat(chapter.type()).isEqualTo("Chapter");
		assertThat(chapter.onlinePublicationDate()).isEqualTo(LocalDate.of(2011, 6, 14));
		assertThat(chapter.summaryHeading()).isEqualTo("Summary");
		assertThat(chapter.summary()).containsExactly(
				"Every mill on the lower river needed a weir, and every weir raised the water upstream of it.",
				"The quarrels that followed fill the manor court rolls for two centuries.");
		assertThat(chapter.firstPage()).isNull();
		assertThat(chapter.accessRequired()).isTrue();
		assertThat(result.capture().book()).isEqualTo(new BookDetails(null, null, "Fenwick Academic Press", 2011));
		assertThat(result.capture().bookContents()).containsExactly("Frontmatter", "1 - Sources and Methods",
				"2 - The Flooded Fields", "3 - Mills and Weirs", "4 - A River Remade", "Index");
		assertThat(result.problems()).containsExactly(new Problem(0, "book details not in the source: no book title"),
				new Problem(0, "no page range"));
	}

	@Test
	void loadsABooklessChapterWithoutAContentsList() {
		ParseResult result = parseFixture("bookless-no-contents.txt");

		assertThat(result.capture().chapter().title()).isEqualTo("Harbour Dues");
		assertThat(result.capture().book()).isEqualTo(new BookDetails(null, null, "Saltmarsh University Press", 2018));
		assertThat(result.capture().bookContents()).isEmpty();
	}

	@Test
	void loadsATerseCaptureThatEndsBeforeItsMetadata() {
		ParseResult result = parseFixture("terse-chapter.txt");

		assertThat(result.isChapter()).isTrue();
		ChapterDetails chapter = result.capture().chapter();
		assertThat(chapter.label()).isEqualTo("4");
		assertThat(chapter.title()).isEqualTo("A River Remade");
		assertThat(chapter.onlinePublicationDate()).isEqualTo(LocalDate.of(2011, 6, 14));
		assertThat(chapter.summaryHeading()).isEqualTo("Summary");
		assertThat(chapter.summary()).containsExactly(
				"By the end of the eighteenth century the river ran where the engineers had put it.",
				"Its old bed survives as a line of field boundaries.");
		assertThat(chapter.type()).isNull();
		assertThat(chapter.contributors()).isEmpty();
		assertThat(chapter.accessRequired()).isFalse();
		assertThat(result.capture().book()).isEqualTo(new BookDetails(null, null, null, null));
		assertThat(result.capture().bookContents()).containsExactly("Frontmatter", "1 - Sources and Methods",
				"2 - The Flooded Fields", "3 - Mills and Weirs", "4 - A River Remade", "Index");
		assertThat(result.problems()).extracting(Problem::message)
			.containsExactly("book details not in the source: no book title", "no type", "no page range",
					"no publisher", "no print publication year");
	}

	@Test
	void readsContributorsWithAffiliationsOnTheirOwnLinesAfterTheOnlineDate() {
		ParseResult result = parseFixture("affiliated-contributors.txt");

		ChapterDetails chapter = result.capture().chapter();
		assertThat(chapter.contributors()).containsExactly(new Contributor("Ada Marsh", "University of Fenwick"),
				new Contributor("Tomas Reed", "Institute of Water History, Delft"));
		assertThat(chapter.accessRequired()).isTrue();
		assertThat(chapter.summaryHeading()).isEqualTo("Summary");
		assertThat(chapter.summary()).containsExactly(
				"The river has left three kinds of record: maps, court rolls and the ground itself.",
				"This chapter reads them together.");
		assertThat(chapter.type()).isEqualTo("Chapter");
		assertThat(chapter.firstPage()).isEqualTo("1");
		assertThat(chapter.lastPage()).isEqualTo("24");
		assertThat(result.capture().book())
			.isEqualTo(new BookDetails("Rivers of the Lowlands", null, "Fenwick Academic Press", 2011));
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void keepsTheFirstPageOfARangeCutOffAfterIt() {
		ParseResult result = parseFixture("cut-page-range.txt");

		ChapterDetails chapter = result.capture().chapter();
		assertThat(chapter.firstPage()).isEqualTo("25");
		assertThat(chapter.lastPage()).isNull();
		assertThat(result.capture().book())
			.isEqualTo(new BookDetails("Rivers of the Lowlands", "A Landscape History", null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { ", pp. 163 -", ", pp. 163 \u2013", ", pp. 163", ", p. 163" })
	void keepsWhatIsThereOfAPageRange(String line) {
		String text = "3 - Title\n\nSummary\n\nText.\n\nType\nChapter\nInformation\nBook\n" + line;

		ChapterDetails chapter = this.parser.parse(text).capture().chapter();

		assertThat(chapter.firstPage()).isEqualTo("163");
		assertThat(chapter.lastPage()).isNull();
	}

	@Test
	void aCaptureCutInsideAKeywordLineInventsNoBookLine() {
		String text = "3 - Title\n\nSummary\n\nText.\n\nType\nChapter\nInformation\nBook\nPubl";

		ParseResult result = this.parser.parse(text);

		assertThat(result.capture().book()).isEqualTo(new BookDetails("Book", null, null, null));
		assertThat(result.problems()).contains(new Problem(11, "the capture ends in the middle of the line 'Publ'"));
	}

	@Test
	void aStrayPageRangeFragmentIsNotASubtitle() {
		String text = "3 - Title\n\nSummary\n\nText.\n\nType\nChapter\nInformation\nBook\n, pp\n";

		ParseResult result = this.parser.parse(text);

		assertThat(result.capture().book().subtitle()).isNull();
		assertThat(result.problems()).contains(new Problem(11, "unreadable page range ', pp'"));
	}

	@Test
	void aCaptureCutInsideASearchLinkKeepsTheReferenceButNotTheStubAndALastReferenceKeepsItsOwnEnding() {
		String capture = minimalCapture("3 - Title", "")
				+ "\nReferences\n\nSmith, J., Rivers (1999).Google ScholarCrossRef\n";

		assertThat(this.parser.parse(capture + "Jones, K., Weirs (2001).Goo").capture().chapter().references())
			.containsExactly("Smith, J., Rivers (1999).", "Jones, K., Weirs (2001).");
		assertThat(this.parser.parse(capture + "Jones, K., Weirs (2001).Google ScholarCr")
			.capture()
			.chapter()
			.references()).containsExactly("Smith, J., Rivers (1999).", "Jones, K., Weirs (2001).");
		assertThat(this.parser.parse(capture + "Jones, K., Weirs. Oxford: OUP").capture().chapter().references())
			.containsExactly("Smith, J., Rivers (1999).", "Jones, K., Weirs. Oxford: OUP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Published online by Cambridge University Press: 07 December 2009",
			"Published online by Cambridge University Press:  07 December 2009",
			"Published online by Cambridge University Press:\u00a007 December 2009",
			"Published online by Cambridge University Press:\u00a0 7 December 2009" })
	void readsTheOnlineDateWhateverTheSpacing(String line) {
		ParseResult result = this.parser.parse(minimalCapture("3 - Title", line));

		assertThat(result.capture().chapter().onlinePublicationDate()).isEqualTo(LocalDate.of(2009, 12, 7));
	}

	@Test
	void aCopyrightLineIsNotTheOnlineDate() {
		ParseResult result = this.parser.parse(minimalCapture("3 - Title",
				"Copyright \u00a9 Cambridge University Press 1993. Published online by Cambridge University Press 2010"));

		assertThat(result.capture().chapter().onlinePublicationDate()).isNull();
		assertThat(result.problems()).contains(new Problem(0, "no online publication date"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "7 - Title", "30 - Title", "2a - Title", "XII - Title" })
	void splitsTheLabelFromTheTitle(String line) {
		ChapterDetails chapter = this.parser.parse(minimalCapture(line, "")).capture().chapter();

		assertThat(chapter.label()).isEqualTo(line.substring(0, line.indexOf(' ')));
		assertThat(chapter.title()).isEqualTo("Title");
	}

	@Test
	void keepsATitleWithAHyphenButNoLabelWhole() {
		ChapterDetails chapter = this.parser.parse(minimalCapture("Rethinking the Terror - A Reply", ""))
			.capture()
			.chapter();

		assertThat(chapter.label()).isNull();
		assertThat(chapter.title()).isEqualTo("Rethinking the Terror - A Reply");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   \n\n  ", "\u00d7\nSkip to main content Accessibility help\n",
			"Type\nChapter\nInformation\n", "Save book to Kindle\nAvailable formats\n\u00d7",
			"\u0000\u0001 binary \ufffd junk" })
	void neverThrowsAndInventsNothingForBadInput(String text) {
		ParseResult result = this.parser.parse(text);

		assertThat(result.isChapter()).isFalse();
		assertThat(result.skipReason()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "7 - ***", "*", "A - * *" })
	void skipsACaptureWhoseTitleLineHoldsOnlyFootnoteMarkers(String titleLine) {
		ParseResult result = this.parser.parse(minimalCapture(titleLine, ""));

		assertThat(result.isChapter()).isFalse();
		assertThat(result.skipReason()).isEqualTo("the title line holds no title, only footnote markers");
		assertThat(result.problems()).contains(new Problem(1, "no title in the title line '" + titleLine + "'"));
	}

	@Test
	void reportsAnUnreadableMetadataLineWithItsNumber() {
		String text = "3 - Title\n\nType\nChapter\nInformation\nBook\nSubtitle\nA third line nobody expected\n"
				+ ", pp. 1 - 2\nPublisher: P\nPrint publication year: 2000\n";

		ParseResult result = this.parser.parse(text);

		assertThat(result.problems()).containsExactly(
				new Problem(8, "unreadable line in the metadata block: 'A third line nobody expected'"),
				new Problem(0, "no online publication date"), new Problem(0, "no summary"));
		assertThat(result.capture().book()).isEqualTo(new BookDetails("Book", "Subtitle", "P", 2000));
	}

	private static String minimalCapture(String titleLine, String extraLine) {
		return titleLine + "\n\n" + extraLine
				+ "\n\nSummary\n\nText.\n\nType\nChapter\nInformation\nBook\n, pp. 1 - 2\n"
				+ "Publisher: P\nPrint publication year: 2000\n";
	}

	private ParseResult parseFixture(String name) {
		try (InputStream in = getClass().getResourceAsStream(name)) {
			return this.parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
