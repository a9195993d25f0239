package org.colophon.search;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.colophon.ColophonApplication;
import org.colophon.access.Viewer;
import org.colophon.catalogue.Chapter;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Index build time, index size and search latency on a generated catalogue: run by
 * {@code bench/search.sh CHAPTERS}. Generates books of 20 chapters with titles, names and
 * summaries drawn from a fixed vocabulary (seeded, so every run builds the same
 * catalogue) straight into the database, builds the index with the mass indexer, then
 * runs a query mix from 16 threads in the application's process: single words, phrases, a
 * word with a publisher facet, and two-word prefixes for suggestions.
 */
public final class SearchBenchmark {

	private static final String[] WORDS = ("terror purge factory moscow archive history empire revolution peasant "
			+ "worker reform memory war peace culture science theory curve surface moduli algebra geometry number "
			+ "prime field ring group language poetry novel theatre music painting city river mountain trade "
			+ "market money bank law court church state nation border migration family childhood education school "
			+ "university library manuscript print press censorship letter diary travel voyage island ocean climate "
			+ "harvest famine medicine hospital disease plague body mind soul ethics justice freedom")
		.split(" ");

	private static final String[] NAMES = ("Anna Boris Clara Dmitri Elena Fyodor Galina Hugo Irina Jonas Katya Lev "
			+ "Marta Nikolai Olga Pavel Renata Sergei Tatiana Viktor Bélyi Dvořák Łukasz Søren Zoë")
		.split(" ");

	private static final String[] PUBLISHERS = { "Cambridge University Press", "Northern Academic Press",
			"Harbour Books", "Lakeside Press", "Meridian", "Old Quay Publishing", "Riverside Scholarly",
			"Atlas & Sons" };

	private static final int CLIENTS = 16;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int chapters = Integer.parseInt(args[0]);
		int queriesPerClient = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		Path work = Files.createTempDirectory("colophon-search-bench");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ColophonApplication.class)
			.properties("server.port=0", "colophon.seeds.load-on-startup=false",
					"spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";AUTO_SERVER=FALSE",
					"colophon.search.location=" + work.resolve("index"), "logging.level.root=WARN",
					"spring.datasource.hikari.maximum-pool-size=" + (CLIENTS + 8),
					"logging.level.org.hibernate.search.mapper.massindexing=INFO")
			.run()) {
			long generated = time(() -> generate(app.getBean(JdbcTemplate.class), chapters));
			System.out.printf(Locale.ROOT, "generated %,d chapters in %.1f s%n", chapters, generated / 1e9);
			long indexed = time(() -> index(app.getBean(EntityManagerFactory.class)));
			System.out.printf(Locale.ROOT, "index built in %.1f s (%.0f chapters/s), size %.1f MiB%n", indexed / 1e9,
					chapters / (indexed / 1e9), size(work.resolve("index")) / 1048576.0);
			SearchService search = app.getBean(SearchService.class);
			run(search, CLIENTS, 20, new Random(7));
			System.out.println("kind        queries    p50 ms   p95 ms   p99 ms");
			Random random = new Random(11);
			for (String kind : List.of("word", "phrase", "facet", "suggest")) {
				long[] latencies = run(search, CLIENTS, queriesPerClient, random, kind);
				Arrays.sort(latencies);
				System.out.printf(Locale.ROOT, "%-10s %8d %9.1f %8.1f %8.1f%n", kind, latencies.length,
						percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99));
			}
		}
	}

	private static void generate(JdbcTemplate jdbc, int chapters) {
		Random random = new Random(42);
		Timestamp now = Timestamp.from(Instant.parse("2026-11-27T00:00:00Z"));
		int books = (chapters + 19) / 20;
		// After whatever the database already holds, so that a second run on it only
		// adds.
		long bookBase = jdbc.queryForObject("select coalesce(max(id), 0) from publication", Long.class);
		long chapterBase = jdbc.queryForObject("select coalesce(max(id), 0) from chapter", Long.class);
		List<Object[]> bookRows = new ArrayList<>();
		for (int b = 1; b <= books; b++) {
			bookRows
				.add(new Object[] { bookBase + b, String.format("b%015x", bookBase + b), capitalised(phrase(random, 3)),
						PUBLISHERS[random.nextInt(PUBLISHERS.length)], 1900 + random.nextInt(126), now });
		}
		jdbc.batchUpdate("insert into publication (id, public_id, title, publisher, print_publication_year, "
				+ "updated_at) values (?, ?, ?, ?, ?, ?)", bookRows);
		List<Object[]> chapterRows = new ArrayList<>();
		List<Object[]> contributorRows = new ArrayList<>();
		List<Object[]> summaryRows = new ArrayList<>();
		for (int c = 1; c <= chapters; c++) {
			int label = (c - 1) % 20 + 1;
			long id = chapterBase + c;
			chapterRows.add(new Object[] { id, String.format("c%015x", id), "bench-" + id, "h" + id,
					bookBase + (c - 1) / 20 + 1, String.valueOf(label),
					capitalised(phrase(random, 4 + random.nextInt(5))),
					Date.valueOf(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000))), "Chapter",
					String.valueOf(label * 20), String.valueOf(label * 20 + 19), label * 20, random.nextInt(3) == 0,
					now });
			contributorRows.add(new Object[] { id, 0,
					NAMES[random.nextInt(NAMES.length)] + " " + capitalised(WORDS[random.nextInt(WORDS.length)]),
					"University of " + capitalised(WORDS[random.nextInt(WORDS.length)]) });
			summaryRows.add(new Object[] { id, 0, capitalised(phrase(random, 60)) + "." });
			if (c % 10_000 == 0 || c == chapters) {
				jdbc.batchUpdate(
						"insert into chapter (id, public_id, source_key, source_hash, publication_id, label, "
								+ "title, online_publication_date, type, first_page, last_page, first_page_number, "
								+ "access_required, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						chapterRows);
				jdbc.batchUpdate("insert into chapter_contributor (chapter_id, position, name, affiliation) "
						+ "values (?, ?, ?, ?)", contributorRows);
				jdbc.batchUpdate("insert into chapter_summary_paragraph (chapter_id, position, text) values (?, ?, ?)",
						summaryRows);
				chapterRows.clear();
				contributorRows.clear();
				summaryRows.clear();
			}
		}
	}

	private static void index(EntityManagerFactory entityManagerFactory) {
		try {
			Search.mapping(entityManagerFactory)
				.scope(Chapter.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(100)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static long[] run(SearchService search, int clients, int perClient, Random random, String... kinds)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		Viewer viewer = new Viewer(null, InetAddress.getLoopbackAddress());
		List<Future<long[]>> futures = new ArrayList<>();
		for (int t = 0; t < clients; t++) {
			long seed = random.nextLong();
			futures.add(pool.submit(() -> {
				Random own = new Random(seed);
				long[] latencies = new long[perClient];
				for (int i = 0; i < perClient; i++) {
					String kind = (kinds.length > 0) ? kinds[0]
							: List.of("word", "phrase", "facet", "suggest").get(i % 4);
					long start = System.nanoTime();
					switch (kind) {
						case "word" -> search.search(SearchRequest.of(word(own), 20), viewer);
						case "phrase" -> search.search(SearchRequest.of("\"" + phrase(own, 2) + "\"", 20), viewer);
						case "facet" -> search.search(new SearchRequest(word(own), List.of(),
								List.of(PUBLISHERS[own.nextInt(PUBLISHERS.length)]), List.of(), List.of(), false,
								SearchSort.RELEVANCE, null, 20), viewer);
						default -> search.suggest(prefix(own) + " " + prefix(own), 8);
					}
					latencies[i] = System.nanoTime() - start;
				}
				return latencies;
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> future : futures) {
			all.add(future.get());
		}
		pool.shutdown();
		return all.stream().flatMapToLong(Arrays::stream).toArray();
	}

	private static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

	private static String prefix(Random random) {
		String word = word(random);
		return word.substring(0, Math.min(word.length(), 2 + random.nextInt(3)));
	}

	private static String phrase(Random random, int words) {
		StringBuilder phrase = new StringBuilder();
		for (int i = 0; i < words; i++) {
			phrase.append((i > 0) ? " " : "").append(word(random));
		}
		return phrase.toString();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static double percentile(long[] sorted, int percent) {
		int at = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, at)] / 1e6;
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

}
