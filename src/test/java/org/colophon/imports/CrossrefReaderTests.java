package org.colophon.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterSource;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Crossref deposits read into books and chapters, and the files that are refused.
 */
class CrossrefReaderTests {

	private static final Path SAMPLE = Path.of("samples/crossref-book.xml");

	private final CrossrefReader reader = new CrossrefReader();

	@Test
	void readsTheSampleBookWithItsPartsAndChapters() throws Exception {
		List<ImportedBook> books = read(Files.readAllBytes(SAMPLE));

		assertThat(books).hasSize(1);
		BookDetails book = books.get(0).book();
		assertThat(book).isEqualTo(new BookDetails("Rivers and Their Cities", "Water, Trade and Power, 1200\u20131800",
				"Ridgeway University Press", 2024, "10.5555/rivers", "9780521450591", "9780511558214"));
		List<ChapterSource> chapters = books.get(0).chapters();
		assertThat(chapters).extracting((source) -> source.details().title())
			.containsExactly("The Harbour of Hamburg: Tolls and Tides", "Quays of Venice", "Afterword");
		ChapterDetails first = chapters.get(0).details();
		assertThat(first.label()).isEqualTo("1");
		assertThat(first.part()).isEqualTo("Part I - Harbours");
		assertThat(first.contributors()).containsExactly(
				new Contributor("J\u00fcrgen M\u00fcller", "Universit\u00e4t Hamburg", ContributorRole.AUTHOR,
						"https://orcid.org/0000-0002-1825-0097"),
				new Contributor("Sofia Rossi", null, ContributorRole.AUTHOR, null));
		assertThat(first.summaryHeading()).isEqualTo("Abstract");
		assertThat(first.summary()).containsExactly("How a city lived from its river, and the tolls it raised.",
				"A second paragraph on tides & trade.");
		assertThat(first.onlinePublicationDate()).isEqualTo(LocalDate.of(2024, 3, 14));
		assertThat(first.firstPage()).isEqualTo("3");
		assertThat(first.lastPage()).isEqualTo("27");
		assertThat(first.doi()).isEqualTo("10.5555/rivers.001");
		assertThat(chapters.get(0).sourceKey()).isEqualTo("crossref:doi:10.5555/rivers.001");
		assertThat(chapters.get(1).details().part()).isEqualTo("Part I - Harbours");
		assertThat(chapters.get(2).details().part()).as("a chapter at the part's level is outside it").isNull();
		assertThat(chapters.get(2).details().summary()).isEmpty();
	}

	@Test
	void keysAChapterWithoutADoiByItsBookAndPosition() throws Exception {
		String xml = deposit("""
				<book book_type="monograph">
				  <book_metadata>
				    <titles><title>A Book</title></titles>
				    <doi_data><doi>10.5555/KEYED</doi></doi_data>
				  </book_metadata>
				  <content_item component_type="chapter"><titles><title>One</title></titles></content_item>
				  <content_item component_type="chapter"><titles><title>Two</title></titles></content_item>
				</book>""");

		assertThat(read(xml).get(0).chapters()).extracting(ChapterSource::sourceKey)
			.containsExactly("crossref:book-doi:10.5555/keyed#1", "crossref:book-doi:10.5555/keyed#2");
	}

	@Test
	void theSameFileGivesTheSameHashes() throws Exception {
		byte[] bytes = Files.readAllBytes(SAMPLE);
		assertThat(read(bytes).get(0).chapters()).extracting(ChapterSource::sourceHash)
			.isEqualTo(read(bytes).get(0).chapters().stream().map(ChapterSource::sourceHash).toList())
			.doesNotHaveDuplicates();
	}

	@Test
	void reportsMalformedXmlWithItsLine() {
		String xml = deposit("<book book_type=\"monograph\"><book_metadata><titles><title>T</title></titles>\n"
				+ "</book_metadata>\n<oops></book>");

		assertThatExceptionOfType(InvalidFileException.class).isThrownBy(() -> read(xml))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.line()).isEqualTo(5);
				assertThat(problem.message()).startsWith("not well-formed XML");
			}));
	}

	@Test
	void reportsEveryRecordThatCannotBeStoredWithItsLine() {
		String xml = deposit("""
				<book book_type="monograph">
				  <book_metadata>
				    <titles><title>A Book</title></titles>
				    <isbn>978-0-521-45059-2</isbn>
				    <doi_data><doi>10.55/x</doi></doi_data>
				  </book_metadata>
				  <content_item component_type="chapter">
				    <pages><first_page>1</first_page></pages>
				  </content_item>
				</book>""");

		assertThatExceptionOfType(InvalidFileException.class).isThrownBy(() -> read(xml))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					new ImportProblem(6, "not a valid ISBN: '978-0-521-45059-2'"),
					new ImportProblem(7, "not a valid DOI: '10.55/x'"),
					new ImportProblem(9, "a chapter without a title")));
	}

	@Test
	void refusesADocumentThatIsNotADeposit() {
		assertThatExceptionOfType(InvalidFileException.class).isThrownBy(() -> read("<html><body/></html>"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ImportProblem::message)
				.containsExactly("the root element is not a Crossref <doi_batch>"));
	}

	@Test
	void neverReadsExternalEntities() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE doi_batch [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<doi_batch xmlns=\"http://www.crossref.org/schema/5.3.1\"><body><book><book_metadata>"
				+ "<titles><title>&x;</title></titles></book_metadata></book></body></doi_batch>";

		assertThatExceptionOfType(InvalidFileException.class).isThrownBy(() -> read(xml));
	}

	@Test
	void ignoresElementsItDoesNotKnowAndOtherRecordTypes() throws Exception {
		String xml = deposit("""
				<journal><journal_metadata><full_title>J</full_title></journal_metadata></journal>
				<book book_type="monograph">
				  <book_metadata>
				    <titles><title>Plain</title><original_language_title>X</original_language_title></titles>
				    <unknown_element><title>Not this</title></unknown_element>
				  </book_metadata>
				  <content_item component_type="section"><titles><title>A section</title></titles></content_item>
				</book>""");

		List<ImportedBook> books = read(xml);
		assertThat(books).singleElement().satisfies((book) -> {
			assertThat(book.book().title()).isEqualTo("Plain");
			assertThat(book.chapters()).isEmpty();
		});
	}

	@Test
	void readsRolesAndOrcidIdsAndLeavesOutAnInvalidIdWithAWarning() throws Exception {
		String xml = deposit(
				"""
						<book book_type="edited_book">
						  <book_metadata><titles><title>A Book</title></titles></book_metadata>
						  <content_item component_type="chapter">
						    <contributors>
						      <person_name sequence="first" contributor_role="editor">
						        <given_name>Ada</given_name><surname>Marsh</surname>
						        <affiliations><institution><institution_name>University of Fenwick</institution_name></institution></affiliations>
						        <ORCID authenticated="true">https://orcid.org/0000-0002-1694-233x</ORCID>
						      </person_name>
						      <person_name sequence="additional" contributor_role="author">
						        <given_name>Tomas</given_name><surname>Reed</surname>
						      </person_name>
						      <person_name sequence="additional" contributor_role="translator">
						        <given_name>Iris</given_name><surname>Vale</surname>
						        <ORCID>https://orcid.org/0000-0002-1825-0098</ORCID>
						      </person_name>
						      <organization sequence="additional" contributor_role="author">Water History Group</organization>
						      <person_name sequence="additional" contributor_role="reviewer">
						        <given_name>Rex</given_name><surname>Viewer</surname>
						      </person_name>
						    </contributors>
						    <titles><title>One</title></titles>
						  </content_item>
						</book>""");
		List<ImportedBook> books = new ArrayList<>();
		List<ImportProblem> warnings = new ArrayList<>();

		this.reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), books::add, warnings::add);

		assertThat(books.get(0).chapters().get(0).details().contributors()).containsExactly(
				new Contributor("Ada Marsh", "University of Fenwick", ContributorRole.EDITOR,
						"https://orcid.org/0000-0002-1694-233X"),
				new Contributor("Tomas Reed", null, ContributorRole.AUTHOR, null),
				new Contributor("Iris Vale", null, ContributorRole.TRANSLATOR, null),
				new Contributor("Water History Group", null, ContributorRole.AUTHOR, null));
		assertThat(warnings).containsExactly(
				new ImportProblem(17, "not a valid ORCID iD, left out: 'https://orcid.org/0000-0002-1825-0098'"),
				new ImportProblem(20, "a contributor in the role 'reviewer' is not shown as a chapter's contributor"));
	}

	static String deposit(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<doi_batch xmlns=\"http://www.crossref.org/schema/5.3.1\" version=\"5.3.1\"><body>\n" + body
				+ "\n</body></doi_batch>\n";
	}

	private List<ImportedBook> read(String xml) throws InvalidFileException {
		return read(xml.getBytes(StandardCharsets.UTF_8));
	}

	private List<ImportedBook> read(byte[] bytes) throws InvalidFileException {
		List<ImportedBook> books = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			this.reader.read(in, books::add);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return books;
	}

}
