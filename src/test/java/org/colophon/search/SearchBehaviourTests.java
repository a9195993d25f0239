package org.colophon.search;

import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.colophon.access.AccessModel;
import org.colophon.access.AdminService;
import org.colophon.access.Viewer;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.Contributor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How search behaves for a reader, over a real index of the seed chapter and a few
 * chapters stored through the catalogue, as ingest stores them. Every backend runs the
 * same tests: {@link SearchServiceIntegrationTests} on Lucene,
 * {@link OpenSearchIntegrationTests} on an OpenSearch node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchBehaviourTests {

	static final String SEED_CHAPTER = "90609dfc5ebe730d";

	static final Viewer OUTSIDER = new Viewer(null, InetAddress.getLoopbackAddress());

	@Autowired
	private SearchService search;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private AdminService admin;

	private final BookDetails moduli = new BookDetails("Moduli of curves", null, "Northern Academic Press", 2015);

	private final BookDetails terror = new BookDetails("Terror in the archive", "Essays", "Harbour Books", 1957);

	@BeforeAll
	void storeChapters() {
		store("moduli-1", this.moduli,
				chapter("1", "Dessins d'enfants", "Gennadi Bélyi", "Coverings of the sphere.", "Chapter", false));
		store("moduli-2", this.moduli, chapter("2", "<script>alert('x')</script> Hostile curves", "M. Mallory",
				"A <b>summary</b> about curves & <img src=x onerror=alert(1)>.", "Chapter", true));
		store("terror-1", this.terror,
				chapter("1", "Terror", "A. Historian", "Archives of the terror.", "Introduction", true));
		store("terror-2", this.terror, chapter("2", "The terror of the archive and other terrors", "B. Historian",
				"Reading the archive.", "Chapter", true));
		store("identified-1",
				new BookDetails("Identified book", null, "Registry Press", 2019, "10.5555/Book.7", null,
						"978-0-306-40615-7"),
				new ChapterDetails("1", "A chapter with an identifier", null, null,
						List.of(new Contributor("D. Registrant", "Some University")), LocalDate.of(2019, 3, 1),
						"Summary", List.of("Registered."), "Chapter", "1", null, false, null, List.of(), null,
						"10.5555/Chapter.7.1"));
		for (int i = 1; i <= 25; i++) {
			store("paged-" + i, new BookDetails("Paging book", null, "Paging Press", 2021),
					chapter(String.valueOf(i), "Pageable entry " + (char) ('a' + (i * 7) % 26) + i, "P. Ager",
							"Pageable summary " + i, "Chapter", false));
		}
	}

	@Test
	void foldsDiacriticsAndCase() {
		assertThat(ids("belyi")).contains(id("Dessins d'enfants"));
		assertThat(ids("BÉLYI")).contains(id("Dessins d'enfants"));
	}

	@Test
	void findsAChapterByItsDoiOrItsBooksIdentifiersInAnyFormTheyAreTyped() {
		String identified = id("A chapter with an identifier");

		assertThat(ids("https://doi.org/10.5555/chapter.7.1")).containsExactly(identified);
		assertThat(ids("doi:10.5555/BOOK.7")).containsExactly(identified);
		assertThat(ids("0-306-40615-2")).containsExactly(identified);
		assertThat(ids("9780306406157")).containsExactly(identified);
		assertThat(ids("10.5555/no.such.thing")).isEmpty();
	}

	@Test
	void stemsEnglishWords() {
		assertThat(ids("purge factory")).contains(SEED_CHAPTER);
	}

	@Test
	void putsAnExactTitleFirst() {
		List<String> found = ids("terror");
		assertThat(found).hasSizeGreaterThanOrEqualTo(3);
		assertThat(found.get(0)).isEqualTo(id("Terror"));
	}

	@Test
	void readsQuotesAsAPhrase() {
		assertThat(ids("\"local level\"")).containsExactly(SEED_CHAPTER);
		assertThat(ids("\"level local\"")).isEmpty();
	}

	@Test
	void highlightsMatchesWithoutLettingMarkupThrough() {
		SearchResults results = this.search.search(SearchRequest.of("hostile curves", 10), OUTSIDER);

		SearchHit hit = results.hits().stream().filter((h) -> h.title().contains("Hostile")).findFirst().orElseThrow();
		assertThat(hit.titleSnippet().matched()).isTrue();
		assertThat(hit.titleSnippet().html()).contains("&lt;script&gt;")
			.contains("<mark>Hostile")
			.doesNotContain("<script>");
		assertThat(hit.summarySnippet().html()).contains("<mark>curves</mark>")
			.contains("&lt;img")
			.doesNotContain("<img")
			.doesNotContain("<b>");
	}

	@Test
	void answersEveryQueryAReaderCanType() {
		List<String> hostile = List.of("", "   ", "x".repeat(2000), "word ".repeat(400), "!!! ??? ...", "\"unbalanced",
				"title:(", "*", "~~", "AND OR NOT", "-", "\"\"", "(((", "a\u0000b", "\uE000marked\uE001");
		for (String query : hostile) {
			SearchResults results = this.search.search(SearchRequest.of(query, 10), OUTSIDER);
			assertThat(results.notices()).as(query).doesNotContain(SearchService.NOTICE_FAILED);
		}
		assertThat(this.search.search(SearchRequest.of("", 10), OUTSIDER).notices())
			.containsExactly(QueryText.NOTICE_EMPTY);
		assertThat(this.search.search(SearchRequest.of("*", 10), OUTSIDER).notices())
			.containsExactly(QueryText.NOTICE_NO_WORDS);
		assertThat(this.search.search(SearchRequest.of("x".repeat(2000), 10), OUTSIDER).notices())
			.contains(QueryText.NOTICE_SHORTENED);
		assertThat(ids("\"terror of the archive")).contains(id("The terror of the archive and other terrors"));
	}

	@Test
	void countsAndFiltersFacets() {
		SearchResults all = this.search.search(SearchRequest.of("terror", 10), OUTSIDER);
		assertThat(values(all, SearchService.FACET_TYPE)).contains("Introduction=1");
		assertThat(values(all, SearchService.FACET_PUBLISHER)).contains("Harbour Books=2");
		assertThat(values(all, SearchService.FACET_YEAR)).contains("1950-1999=3");
		assertThat(values(all, SearchService.FACET_ACCESS)).contains("RESTRICTED=3");

		SearchResults introductions = this.search.search(new SearchRequest("terror", List.of("Introduction"), List.of(),
				List.of(), List.of(), false, SearchSort.RELEVANCE, null, 10), OUTSIDER);
		assertThat(introductions.total()).isEqualTo(1);
		assertThat(introductions.hits().get(0).title()).isEqualTo("Terror");

		SearchResults byYear = this.search.search(new SearchRequest("", List.of(), List.of("Northern Academic Press"),
				List.of("2010-2019"), List.of(), false, SearchSort.TITLE, null, 10), OUTSIDER);
		assertThat(byYear.total()).as("facets alone list what has them").isEqualTo(2);
	}

	@Test
	void availableToMeLeavesOutWhatTheViewerCannotRead() {
		SearchResults curves = this.search.search(SearchRequest.of("curves | enfants", 10), OUTSIDER);
		assertThat(values(curves, SearchService.FACET_AVAILABLE)).containsExactly("true=1");

		SearchResults available = this.search.search(new SearchRequest("curves OR enfants", List.of(), List.of(),
				List.of(), List.of(), true, SearchSort.RELEVANCE, null, 10), OUTSIDER);
		assertThat(available.hits()).extracting(SearchHit::title).containsExactly("Dessins d'enfants");
	}

	@Test
	void pagesByTitleAndByDateWithoutRepeatingOrSkipping() {
		for (SearchSort sort : List.of(SearchSort.TITLE, SearchSort.DATE, SearchSort.RELEVANCE)) {
			List<String> titles = new ArrayList<>();
			String after = null;
			int pages = 0;
			do {
				SearchResults page = this.search.search(new SearchRequest("pageable", List.of(), List.of(), List.of(),
						List.of(), false, sort, after, 10), OUTSIDER);
				assertThat(page.total()).isEqualTo(25);
				page.hits().forEach((hit) -> titles.add(hit.title()));
				after = page.nextCursor();
				pages++;
			}
			while (after != null);
			assertThat(pages).as(sort.name()).isEqualTo(3);
			assertThat(titles).as(sort.name()).hasSize(25).doesNotHaveDuplicates();
			if (sort == SearchSort.TITLE) {
				assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
			}
		}
	}

	@Test
	void reindexesChaptersWhenAnAdministratorChangesTheirAccessModel() {
		String chapter = id("Terror");
		assertThat(ids("terror", "OPEN_ACCESS")).isEmpty();

		this.admin.setAccessModel(true, chapter, AccessModel.OPEN_ACCESS, "CC BY 4.0");

		assertThat(ids("terror", "OPEN_ACCESS")).containsExactly(chapter);
		this.admin.setAccessModel(true, chapter, AccessModel.RESTRICTED, null);
		assertThat(ids("terror", "OPEN_ACCESS")).isEmpty();
	}

	@Test
	void reindexesEveryChapterOfABookWhenTheBookChanges() {
		BookDetails harmonic = new BookDetails("Harmonic maps", null, "Lakeside Press", 1999);
		store("harmonic-1", harmonic, chapter("1", "Energy", "C. Wood", "Energy of maps.", "Chapter", false));
		BookDetails renamed = new BookDetails("Harmonic Maps", null, "Lakeside Press", 1999);
		store("harmonic-2", renamed, chapter("2", "Stability", "C. Wood", "Stable maps.", "Chapter", false));

		SearchResults results = this.search.search(SearchRequest.of("energy", 10), OUTSIDER);
		assertThat(results.hits()).extracting(SearchHit::bookTitle).containsExactly("Harmonic Maps");
	}

	@Test
	void suggestsTitlesAndContributorsFromTheStartsOfWords() {
		assertThat(this.search.suggest("grea ter", 8)).extracting(Suggestion::chapterId).contains(SEED_CHAPTER);
		assertThat(this.search.suggest("gennadi bel", 8)).extracting(Suggestion::text).contains("Gennadi Bélyi");
		assertThat(this.search.suggest("!!!", 8)).isEmpty();
	}

	private List<String> ids(String query) {
		return this.search.search(SearchRequest.of(query, 100), OUTSIDER).hits().stream().map(SearchHit::id).toList();
	}

	private List<String> ids(String query, String access) {
		return this.search
			.search(new SearchRequest(query, List.of(), List.of(), List.of(), List.of(access), false,
					SearchSort.RELEVANCE, null, 100), OUTSIDER)
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

	private String id(String title) {
		return this.search.search(SearchRequest.of("\"" + title + "\"", 100), OUTSIDER)
			.hits()
			.stream()
			.filter((hit) -> hit.title().equals(title))
			.map(SearchHit::id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No chapter titled " + title));
	}

	private static List<String> values(SearchResults results, String facet) {
		return results.facets()
			.stream()
			.filter((f) -> f.name().equals(facet))
			.flatMap((f) -> f.values().stream())
			.map((value) -> value.value() + "=" + value.count())
			.toList();
	}

	private void store(String key, BookDetails book, ChapterDetails chapter) {
		this.catalogue.store(key, key + "-" + chapter.title().hashCode() + book.title(), book, List.of(), chapter);
	}

	private static ChapterDetails chapter(String label, String title, String contributor, String summary, String type,
			boolean restricted) {
		return new ChapterDetails(label, title, null, null, List.of(new Contributor(contributor, "Some University")),
				LocalDate.of(2010, 1, Integer.parseInt(label) % 28 + 1), "Summary", List.of(summary), type,
				String.valueOf(Integer.parseInt(label) * 10), null, restricted, null, List.of(), null);
	}

}
