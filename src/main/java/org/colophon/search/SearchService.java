package org.colophon.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.colophon.access.AccessService;
import org.colophon.access.Viewer;
import org.colophon.catalogue.Chapter;
import org.colophon.catalogue.Doi;
import org.colophon.catalogue.Isbn;
import org.colophon.system.KeysetPaging;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the catalogue's index.
 * <p>
 * Relevance: every word must match some field (quotes make a phrase, {@code -} excludes,
 * {@code |} offers alternatives, {@code *} ends a prefix). Matches count by field, with
 * these boosts: chapter title 4 (stemmed) and 3 (unstemmed), contributor names 3, book
 * title 2, book subtitle and part 1.5, summaries, affiliations and publisher 1. A title
 * equal to the whole query (case and accents aside) gets 10 more, the query's words as a
 * phrase in the title 2 more.
 * <p>
 * Paging never skips rows: by date or title a page starts after the last result of the
 * page before (the cursor holds its sort values), and by relevance pages stop at
 * {@code colophon.search.max-depth} results.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	private static final Logger logger = LoggerFactory.getLogger(SearchService.class);

	static final String NOTICE_FAILED = "search.notice.failed";

	/** The facets, by the request parameter that filters on each. */
	public static final String FACET_TYPE = "type";

	public static final String FACET_PUBLISHER = "publisher";

	public static final String FACET_YEAR = "year";

	public static final String FACET_ACCESS = "access";

	public static final String FACET_AVAILABLE = "available";

	private static final List<YearRange> YEAR_RANGES = List.of(new YearRange("-1899", null, 1900),
			new YearRange("1900-1949", 1900, 1950), new YearRange("1950-1999", 1950, 2000),
			new YearRange("2000-2009", 2000, 2010), new YearRange("2010-2019", 2010, 2020),
			new YearRange("2020-", 2020, null));

	private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of(FACET_TYPE);

	private static final AggregationKey<Map<String, Long>> PUBLISHERS = AggregationKey.of(FACET_PUBLISHER);

	private static final AggregationKey<Map<Range<Integer>, Long>> YEARS = AggregationKey.of(FACET_YEAR);

	private static final AggregationKey<Map<String, Long>> ACCESS_MODELS = AggregationKey.of(FACET_ACCESS);

	private static final int FACET_VALUES = 20;

	private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

	private final EntityManager entityManager;

	private final AccessService access;

	private final KeysetPaging paging;

	private final SearchProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SearchService(EntityManager entityManager, AccessService access, KeysetPaging paging, SearchProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.paging = paging;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * As {@link #search(SearchRequest, Viewer)}, for a reader on the search page: the
	 * first page of a search that runs (words to search for, or facet values chosen) is
	 * also reported as a {@link SearchPerformed}, for usage statistics; a further page of
	 * the same search is not.
	 */
	public SearchResults search(SearchRequest request, Viewer viewer, String sessionKey, String userAgent) {
		SearchResults results = search(request, viewer);
		QueryText query = QueryText.of(request.text(), this.properties.maxQueryLength(),
				this.properties.maxQueryWords());
		if (request.after() == null && (query.searchable() || request.filtered())) {
			this.events.publishEvent(new SearchPerformed(this.clock.instant(), viewer.readerId(), sessionKey,
					this.access.institutionOf(viewer).orElse(null), userAgent, queryKey(request)));
		}
		return results;
	}

	/**
	 * What was searched for, the words as the index reads them (case and spacing aside)
	 * and the facet values, as a SHA-256 hash in hex.
	 */
	private static String queryKey(SearchRequest request) {
		String words = request.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		String searched = String.join("\u0000", words, String.join("\u0001", request.types()),
				String.join("\u0001", request.publishers()), String.join("\u0001", request.years()),
				String.join("\u0001", request.access()), Boolean.toString(request.availableToMe()));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(searched.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/**
	 * One page of the chapters that match the request, for this viewer (who decides what
	 * "available to me" means). A query that cannot be searched for (empty, no words)
	 * answers no results with a notice saying why, unless facet values are chosen, which
	 * then list all chapters that have them. Never fails on what a reader typed.
	 */
	public SearchResults search(SearchRequest request, Viewer viewer) {
		QueryText query = QueryText.of(request.text(), this.properties.maxQueryLength(),
				this.properties.maxQueryWords());
		if (!query.searchable() && !request.filtered()) {
			return SearchResults.none(query.notices());
		}
		try {
			return run(request, query, viewer);
		}
		catch (SearchException ex) {
			logger.warn("Search for [{}] failed: {}", query.text(), ex.getMessage());
			List<String> notices = new ArrayList<>(query.notices());
			notices.add(NOTICE_FAILED);
			return SearchResults.none(notices);
		}
	}

	private SearchResults run(SearchRequest request, QueryText query, Viewer viewer) {
		SearchSession session = Search.session(this.entityManager);
		SearchScope<Chapter> scope = session.scope(Chapter.class);
		SearchPredicateFactory f = scope.predicate();
		AccessService.Entitled entitled = (viewer != null) ? this.access.entitledItems(viewer) : null;
		SearchPredicate matching = matching(f, request, query, entitled, request.availableToMe());
		int size = this.paging.size(request.size());
		Cursor cursor = Cursor.parse(request.after(), request.sort());
		SearchPredicate page = (cursor.keyset()) ? f.bool().must(matching).filter(cursor.after(f)).toPredicate()
				: matching;
		SearchResult<List<?>> result = session.search(scope)
			.select(projection(scope.projection()))
			.where(page)
			.sort(sort(scope.sort(), request.sort()))
			.aggregation(TYPES, (a) -> a.terms().field(IndexFields.TYPE, String.class).maxTermCount(FACET_VALUES))
			.aggregation(PUBLISHERS,
					(a) -> a.terms().field(IndexFields.BOOK_PUBLISHER_FACET, String.class).maxTermCount(FACET_VALUES))
			.aggregation(YEARS, (a) -> {
				var ranges = a.range().field(IndexFields.BOOK_YEAR, Integer.class);
				var more = ranges.range(YEAR_RANGES.get(0).range());
				for (YearRange range : YEAR_RANGES.subList(1, YEAR_RANGES.size())) {
					more = more.range(range.range());
				}
				return more;
			})
			.aggregation(ACCESS_MODELS, (a) -> a.terms().field(IndexFields.ACCESS, String.class))
			.highlighter((h) -> h.unified()
				.tag(Snippet.START, Snippet.END)
				.encoder(HighlighterEncoder.DEFAULT)
				.numberOfFragments(2))
			// The encoder is the default highlighter's (OpenSearch takes it for all
			// fields only).
			.highlighter("whole", (h) -> h.unified().tag(Snippet.START, Snippet.END).numberOfFragments(1))
			.fetch(cursor.offset(), size + 1);
		List<SearchHit> hits = new ArrayList<>();
		List<?> last = null;
		for (List<?> row : result.hits()) {
			if (hits.size() == size) {
				break;
			}
			hits.add(hit(row));
			last = row;
		}
		String next = null;
		if (result.hits().size() > size && last != null) {
			next = cursor.next(request.sort(), last, size, this.properties.maxDepth());
		}
		long available = (request.availableToMe() && !cursor.keyset()) ? result.total().hitCount()
				: session.search(scope).where(matching(f, request, query, entitled, true)).fetchTotalHitCount();
		List<SearchResults.Facet> facets = List.of(facet(FACET_TYPE, result.aggregation(TYPES), request.types()),
				facet(FACET_PUBLISHER, result.aggregation(PUBLISHERS), request.publishers()),
				yearFacet(result.aggregation(YEARS), request.years()),
				facet(FACET_ACCESS, result.aggregation(ACCESS_MODELS), request.access()),
				new SearchResults.Facet(FACET_AVAILABLE,
						List.of(new SearchResults.FacetValue("true", available, request.availableToMe()))));
		long total = cursor.keyset() ? session.search(scope).where(matching).fetchTotalHitCount()
				: result.total().hitCount();
		return new SearchResults(total, hits, facets, next, query.notices());
	}

	/**
	 * The access model of each chapter of a book, by chapter id, as the index holds it
	 * (at most the first 10,000 chapters).
	 */
	public Map<String, String> accessModels(String bookId) {
		List<List<?>> rows = Search.session(this.entityManager)
			.search(Chapter.class)
			.select((p) -> p.composite()
				.from(p.field(IndexFields.ID, String.class), p.field(IndexFields.ACCESS, String.class))
				.asList())
			.where((f) -> f.match().field(IndexFields.BOOK_ID).matching(bookId))
			.fetchHits(10_000);
		Map<String, String> models = new LinkedHashMap<>();
		rows.forEach((row) -> models.put((String) row.get(0), (String) row.get(1)));
		return models;
	}

	/**
	 * Titles and contributor names that start with the words typed so far, for a search
	 * box: at most {@code limit}, titles first.
	 */
	public List<Suggestion> suggest(String typed, int limit) {
		String words = QueryText.of(typed, 100, 6).words().toLowerCase(Locale.ROOT);
		if (words.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(this.entityManager);
		List<Suggestion> suggestions = new ArrayList<>();
		List<List<?>> titles = session.search(Chapter.class)
			.select((p) -> p.composite()
				.from(p.field(IndexFields.ID, String.class), p.field(IndexFields.TITLE, String.class),
						p.field(IndexFields.LABEL, String.class))
				.asList())
			.where((p) -> p.simpleQueryString()
				.field(IndexFields.TITLE_SUGGEST)
				.matching(words)
				.defaultOperator(BooleanOperator.AND)
				.flags(SimpleQueryFlag.WHITESPACE))
			.fetchHits(limit);
		for (List<?> row : titles) {
			suggestions.add(new Suggestion(Suggestion.Kind.CHAPTER, (String) row.get(1), (String) row.get(0),
					(String) row.get(2)));
		}
		if (suggestions.size() < limit) {
			List<List<String>> names = session.search(Chapter.class)
				.select((p) -> p.field(IndexFields.CONTRIBUTOR_NAME, String.class).list())
				.where((p) -> p.simpleQueryString()
					.field(IndexFields.CONTRIBUTOR_NAME_SUGGEST)
					.matching(words)
					.defaultOperator(BooleanOperator.AND)
					.flags(SimpleQueryFlag.WHITESPACE))
				.fetchHits(limit);
			Set<String> found = new LinkedHashSet<>();
			String[] prefixes = words.split(" ");
			names.forEach((list) -> list.stream().filter((name) -> startsWords(name, prefixes)).forEach(found::add));
			found.stream()
				.limit(limit - suggestions.size())
				.forEach((name) -> suggestions.add(new Suggestion(Suggestion.Kind.CONTRIBUTOR, name, null, null)));
		}
		return suggestions;
	}

	private static boolean startsWords(String name, String[] prefixes) {
		List<String> nameWords = List.of(QueryText.of(name, 500, 50).words().toLowerCase(Locale.ROOT).split(" "));
		for (String prefix : prefixes) {
			String folded = java.text.Normalizer.normalize(prefix, java.text.Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "");
			if (nameWords.stream()
				.map((word) -> java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
					.replaceAll("\\p{M}", ""))
				.noneMatch((word) -> word.startsWith(folded))) {
				return false;
			}
		}
		return true;
	}

	private SearchPredicate matching(SearchPredicateFactory f, SearchRequest request, QueryText query,
			AccessService.Entitled entitled, boolean availableOnly) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		Optional<String> doi = Doi.parse(query.text());
		Optional<String> isbn = Isbn.parse(query.text());
		if (doi.isPresent() || isbn.isPresent()) {
			// An identifier finds what carries it, in whichever form it was typed.
			BooleanPredicateClausesStep<?, ?> identified = f.bool();
			doi.ifPresent((value) -> identified.should(f.match().field(IndexFields.DOI).matching(value))
				.should(f.match().field(IndexFields.BOOK_DOI).matching(value)));
			isbn.ifPresent((value) -> identified.should(f.match().field(IndexFields.BOOK_PRINT_ISBN).matching(value))
				.should(f.match().field(IndexFields.BOOK_ONLINE_ISBN).matching(value)));
			bool.must(identified);
		}
		else if (query.searchable()) {
			bool.must(f.simpleQueryString()
				.field(IndexFields.TITLE)
				.boost(4)
				.field(IndexFields.TITLE_NEUTRAL)
				.boost(3)
				.field(IndexFields.CONTRIBUTOR_NAME)
				.boost(3)
				.field(IndexFields.BOOK_TITLE)
				.boost(2)
				.field(IndexFields.BOOK_SUBTITLE)
				.boost(1.5f)
				.field(IndexFields.PART)
				.boost(1.5f)
				.fields(IndexFields.SUMMARY, IndexFields.CONTRIBUTOR_AFFILIATION, IndexFields.BOOK_PUBLISHER)
				.matching(query.text())
				.defaultOperator(BooleanOperator.AND)
				.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
						SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PRECEDENCE,
						SimpleQueryFlag.ESCAPE));
			String words = query.words();
			bool.should(f.match().field(IndexFields.TITLE_EXACT).matching(words).boost(10));
			bool.should(f.phrase().field(IndexFields.TITLE).matching(words).boost(2));
		}
		else {
			bool.must(f.matchAll());
		}
		if (!request.types().isEmpty()) {
			bool.filter(f.terms().field(IndexFields.TYPE).matchingAny(request.types()));
		}
		if (!request.publishers().isEmpty()) {
			bool.filter(f.terms().field(IndexFields.BOOK_PUBLISHER_FACET).matchingAny(request.publishers()));
		}
		if (!request.access().isEmpty()) {
			bool.filter(f.terms().field(IndexFields.ACCESS).matchingAny(request.access()));
		}
		if (!request.years().isEmpty()) {
			BooleanPredicateClausesStep<?, ?> years = f.bool();
			for (String key : request.years()) {
				YEAR_RANGES.stream()
					.filter((range) -> range.key().equals(key))
					.forEach((range) -> years.should(f.range().field(IndexFields.BOOK_YEAR).within(range.range())));
			}
			if (!years.hasClause()) {
				years.should(f.matchNone());
			}
			bool.filter(years);
		}
		if (availableOnly) {
			BooleanPredicateClausesStep<?, ?> available = f.bool()
				.should(f.bool()
					.must(f.matchAll())
					.mustNot(f.match().field(IndexFields.ACCESS).matching("RESTRICTED")));
			if (entitled != null && !entitled.bookIds().isEmpty()) {
				available.should(f.terms().field(IndexFields.BOOK_ID).matchingAny(entitled.bookIds()));
			}
			if (entitled != null && !entitled.chapterIds().isEmpty()) {
				available.should(f.terms().field(IndexFields.ID).matchingAny(entitled.chapterIds()));
			}
			bool.filter(available);
		}
		return bool.toPredicate();
	}

	private static SearchProjection<List<?>> projection(SearchProjectionFactory<EntityReference, Chapter> p) {
		return p.composite()
			.from(p.field(IndexFields.ID, String.class), p.field(IndexFields.LABEL, String.class),
					p.field(IndexFields.TITLE, String.class), p.highlight(IndexFields.TITLE).highlighter("whole"),
					p.highlight(IndexFields.SUMMARY), p.field(IndexFields.PART, String.class),
					p.field(IndexFields.CONTRIBUTOR_NAME, String.class).list(), p.field(IndexFields.TYPE, String.class),
					p.field(IndexFields.PUBLISHED, LocalDate.class), p.field(IndexFields.ACCESS, String.class),
					p.field(IndexFields.BOOK_ID, String.class), p.field(IndexFields.BOOK_TITLE, String.class),
					p.field(IndexFields.BOOK_PUBLISHER_FACET, String.class),
					p.field(IndexFields.BOOK_YEAR, Integer.class), p.id(Long.class))
			.asList()
			.toProjection();
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(List<?> row) {
		String title = (String) row.get(2);
		List<String> titleMatches = (List<String>) row.get(3);
		List<String> summaryMatches = (List<String>) row.get(4);
		Snippet titleSnippet = titleMatches.isEmpty() ? Snippet.plain(title) : Snippet.parse(titleMatches.get(0));
		Snippet summarySnippet = summaryMatches.isEmpty() ? Snippet.plain("")
				: Snippet.parse(String.join(" … ", summaryMatches));
		return new SearchHit((String) row.get(0), (String) row.get(1), title, titleSnippet, summarySnippet,
				(String) row.get(5), (List<String>) row.get(6), (String) row.get(7), (LocalDate) row.get(8),
				(String) row.get(9), (String) row.get(10), (String) row.get(11), (String) row.get(12),
				(Integer) row.get(13));
	}

	private static org.hibernate.search.engine.search.sort.SearchSort sort(SearchSortFactory s, SearchSort order) {
		return switch (order) {
			case RELEVANCE -> s.score().then().field(IndexFields.KEY).toSort();
			case DATE -> s.field(IndexFields.PUBLISHED_SORT).desc().then().field(IndexFields.KEY).toSort();
			case TITLE -> s.field(IndexFields.TITLE_SORT).then().field(IndexFields.KEY).toSort();
		};
	}

	private static SearchResults.Facet facet(String name, Map<String, Long> counts, List<String> selected) {
		List<SearchResults.FacetValue> values = new ArrayList<>();
		counts.forEach(
				(value, count) -> values.add(new SearchResults.FacetValue(value, count, selected.contains(value))));
		return new SearchResults.Facet(name, values);
	}

	private static SearchResults.Facet yearFacet(Map<Range<Integer>, Long> counts, List<String> selected) {
		Map<String, Long> byKey = new LinkedHashMap<>();
		for (YearRange range : YEAR_RANGES) {
			long count = counts.getOrDefault(range.range(), 0L);
			if (count > 0 || selected.contains(range.key())) {
				byKey.put(range.key(), count);
			}
		}
		return facet(FACET_YEAR, byKey, selected);
	}

	/** A print-year range of the year facet, from inclusive to exclusive. */
	private record YearRange(String key, Integer from, Integer until) {

		Range<Integer> range() {
			return Range.canonical(this.from, this.until);
		}

	}

	/**
	 * Where a page starts: an offset into relevance-ranked results (up to the depth
	 * limit), or the sort values of the last result of the page before.
	 */
	private record Cursor(int offset, String kind, String value, long key) {

		private static final Cursor FIRST = new Cursor(0, null, null, 0);

		static Cursor parse(String cursor, SearchSort sort) {
			if (cursor == null || cursor.isBlank()) {
				return FIRST;
			}
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n",
						3);
				return switch (parts[0]) {
					case "r" -> (sort == SearchSort.RELEVANCE)
							? new Cursor(Math.max(0, Integer.parseInt(parts[1])), null, null, 0) : FIRST;
					case "d" ->
						(sort == SearchSort.DATE) ? new Cursor(0, "d", parts[2], Long.parseLong(parts[1])) : FIRST;
					case "t" ->
						(sort == SearchSort.TITLE) ? new Cursor(0, "t", parts[2], Long.parseLong(parts[1])) : FIRST;
					default -> FIRST;
				};
			}
			catch (RuntimeException ex) {
				return FIRST;
			}
		}

		boolean keyset() {
			return this.kind != null;
		}

		SearchPredicate after(SearchPredicateFactory f) {
			if ("d".equals(this.kind)) {
				LocalDate date = LocalDate.parse(this.value);
				return f.bool()
					.should(f.range().field(IndexFields.PUBLISHED_SORT).lessThan(date))
					.should(f.bool()
						.must(f.match().field(IndexFields.PUBLISHED_SORT).matching(date))
						.must(f.range().field(IndexFields.KEY).greaterThan(this.key)))
					.toPredicate();
			}
			return f.bool()
				.should(f.range().field(IndexFields.TITLE_SORT).greaterThan(this.value))
				.should(f.bool()
					.must(f.match().field(IndexFields.TITLE_SORT).matching(this.value))
					.must(f.range().field(IndexFields.KEY).greaterThan(this.key)))
				.toPredicate();
		}

		String next(SearchSort sort, List<?> last, int size, int maxDepth) {
			String text = switch (sort) {
				case RELEVANCE -> (this.offset + size < maxDepth) ? "r\n" + (this.offset + size) : null;
				case DATE -> {
					LocalDate date = (LocalDate) last.get(8);
					yield "d\n" + last.get(14) + "\n" + ((date != null) ? date : NO_DATE);
				}
				case TITLE -> "t\n" + last.get(14) + "\n" + last.get(2);
			};
			return (text != null)
					? Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))
					: null;
		}

	}

}
