package org.colophon.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.colophon.ColophonApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The chapter page under steady requests while its PostgreSQL server goes away and comes
 * back: answers by status before, during and after the outage, their latencies, and how
 * soon after the server's return pages work again. Run by {@code bench/db-outage.sh}.
 */
public final class DatabaseOutageBenchmark {

	private static final String CHAPTER = "/chapters/90609dfc5ebe730d/"
			+ "the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938";

	private DatabaseOutageBenchmark() {
	}

	/**
	 * Runs one outage.
	 * @param args client threads, seconds before, seconds of outage, seconds after
	 * (default {@code 2 5 10 15})
	 */
	public static void main(String[] args) throws Exception {
		int clients = argument(args, 0, 2);
		Duration before = Duration.ofSeconds(argument(args, 1, 5));
		Duration outage = Duration.ofSeconds(argument(args, 2, 10));
		Duration after = Duration.ofSeconds(argument(args, 3, 15));
		Path data = Files.createTempDirectory("colophon-outage-pg-");
		Path content = Files.createTempDirectory("colophon-outage-content-");
		int databasePort = freePort();
		EmbeddedPostgres postgres = startPostgres(databasePort, data);
		// Arguments, not default properties: the postgres profile's own file would win
		// over those.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ColophonApplication.class)
			.profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--colophon.content.location=" + content, "--logging.level.org.colophon=WARN",
					"--logging.level.com.github.kagkarlsson=OFF", "--logging.level.com.zaxxer.hikari=OFF",
					"--logging.level.org.hibernate=OFF", "--logging.level.org.springframework.orm=OFF");
		String url = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port") + CHAPTER;
		List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean running = new AtomicBoolean(true);
		warmUp(url);
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> request(url, start, running, samples));
			thread.start();
			threads.add(thread);
		}
		Thread.sleep(before.toMillis());
		long down = System.nanoTime() - start;
		postgres.close();
		Thread.sleep(outage.toMillis());
		postgres = startPostgres(databasePort, data);
		long back = System.nanoTime() - start;
		Thread.sleep(after.toMillis());
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		app.close();
		postgres.close();
		report(samples, down, back, clients);
	}

	private static void request(String url, long start, AtomicBoolean running, List<Sample> samples) {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
		while (running.get()) {
			long sent = System.nanoTime() - start;
			int status;
			try {
				status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException ex) {
				status = -1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			samples.add(new Sample(sent, System.nanoTime() - start, status));
		}
	}

	private static void report(List<Sample> samples, long down, long back, int clients) {
		System.out.printf("clients %d, database down at %.1f s, back at %.1f s%n", clients, seconds(down),
				seconds(back));
		System.out.println("| phase | requests | by status | median ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|");
		phase("before the outage", samples, 0, down);
		phase("during the outage", samples, down, back);
		phase("after the return", samples, back, Long.MAX_VALUE);
		samples.stream()
			.filter((sample) -> sample.sent() >= back && sample.status() == 200)
			.mapToLong(Sample::answered)
			.min()
			.ifPresent((first) -> System.out.printf("first 200 answered %.2f s after the database was back%n",
					seconds(first - back)));
		samples.stream()
			.filter((sample) -> sample.answered() >= back && sample.status() != 200)
			.mapToLong(Sample::answered)
			.max()
			.ifPresent((last) -> System.out.printf("last non-200 answered %.2f s after the database was back%n",
					seconds(last - back)));
	}

	private static void phase(String name, List<Sample> samples, long from, long to) {
		List<Sample> phase = samples.stream().filter((sample) -> sample.sent() >= from && sample.sent() < to).toList();
		Map<Integer, Long> statuses = new TreeMap<>();
		phase.forEach((sample) -> statuses.merge(sample.status(), 1L, Long::sum));
		List<Long> latencies = phase.stream().map((sample) -> sample.answered() - sample.sent()).sorted().toList();
		System.out.printf("| %s | %d | %s | %s | %s | %s |%n", name, phase.size(), statuses, millis(latencies, 0.5),
				millis(latencies, 0.99), millis(latencies, 1.0));
	}

	private static String millis(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return "-";
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return Long.toString(sorted.get(Math.max(0, index)) / 1_000_000);
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static void warmUp(String url) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 200; i++) {
			http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
		}
	}

	private static EmbeddedPostgres startPostgres(int port, Path data) throws IOException {
		return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static int argument(String[] args, int index, int otherwise) {
		return (args.length > index) ? Integer.parseInt(args[index]) : otherwise;
	}

	/** One request: when it was sent and answered, in nanoseconds from the start. */
	private record Sample(long sent, long answered, int status) {
	}

}
