package org.colophon.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.colophon.ColophonApplication;
import org.colophon.FreePort;
import org.colophon.access.AdminService;
import org.colophon.account.Reader;
import org.colophon.catalogue.CatalogueService;
import org.colophon.content.ContentService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A thousand Kindle saves asked for at the same moment, through the JSON API of the
 * packaged application on a file database, with a real SMTP server (GreenMail): every
 * request must be either accepted and then delivered exactly once, or refused with a
 * reason; nothing may be lost, doubled or answered with a server error. Each reader may
 * save three times an hour, so with four requests each a quarter are refused. Run by
 * {@code bench/deliveries.sh}.
 */
public final class DeliveryLoadBenchmark {

	private static final String PASSWORD = "a long enough password";

	private static final Pattern DELIVERY_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private DeliveryLoadBenchmark() {
	}

	/**
	 * @param args requests (default 1000), readers (default 250)
	 */
	public static void main(String[] args) throws Exception {
		int requests = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		int readerCount = (args.length > 1) ? Integer.parseInt(args[1]) : 250;
		int smtpPort = FreePort.onLoopback();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
		Path data = Files.createTempDirectory("colophon-deliveries-");
		// The per-address limit is lifted: every request comes from the loopback address
		// here, where in use they come from many.
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ColophonApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db"),
				"--colophon.content.location=" + data.resolve("content"), "--colophon.seeds.load-on-startup=false",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--colophon.delivery.kindle-sender=approved@colophon.test", "--colophon.delivery.per-reader-per-hour=3",
				"--colophon.delivery.per-address-per-hour=1000000", "--logging.level.org.colophon=WARN",
				"--logging.level.com.github.kagkarlsson=WARN");
		try {
			String base = "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
			DeliveryFixtures.Chapter chapter = DeliveryFixtures.chapterWithPdf(app.getBean(CatalogueService.class),
					app.getBean(ContentService.class), "load");
			AdminService admin = app.getBean(AdminService.class);
			List<String> readers = new ArrayList<>();
			for (int i = 0; i < readerCount; i++) {
				String email = "load-" + i + "@colophon.test";
				Reader reader = admin.createReader(email, PASSWORD, null, null);
				admin.createEntitlement(null, reader.getId(), chapter.bookId(), null, null, null);
				readers.add(email);
			}
			run(base, chapter, readers, requests, smtp, app.getBean(DeliveryRepository.class));
		}
		finally {
			app.close();
			smtp.stop();
		}
	}

	private static void run(String base, DeliveryFixtures.Chapter chapter, List<String> readers, int requests,
			GreenMail smtp, DeliveryRepository deliveries) throws Exception {
		// One thread per request, each blocked in its send; the client keeps its own
		// threads, which these must not starve.
		ExecutorService threads = Executors.newFixedThreadPool(requests);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Answer>> answers = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			String reader = readers.get(i % readers.size());
			String kindleName = "save-" + i;
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(base + "/api/chapters/" + chapter.id() + "/deliveries"))
				.timeout(Duration.ofMinutes(5))
				.header("Content-Type", "application/json")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((reader + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"KINDLE\",\"format\":\"PDF\",\"kindleName\":\""
						+ kindleName + "\",\"kindleDomain\":\"kindle.com\",\"acceptPolicy\":true}"))
				.build();
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
					return new Answer(kindleName + "@kindle.com", response.statusCode(), response.body());
				}
				catch (Exception ex) {
					return new Answer(kindleName + "@kindle.com", -1, ex.toString());
				}
			}, threads));
		}
		long began = System.nanoTime();
		start.countDown();
		CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
		long answered = System.nanoTime();
		threads.shutdown();

		Map<String, Integer> byStatus = new TreeMap<>();
		Map<String, Integer> reasons = new TreeMap<>();
		Map<Long, String> accepted = new HashMap<>();
		for (CompletableFuture<Answer> future : answers) {
			Answer answer = future.join();
			byStatus.merge(String.valueOf(answer.status()), 1, Integer::sum);
			if (answer.status() == 202) {
				Matcher id = DELIVERY_ID.matcher(answer.body());
				if (id.find()) {
					accepted.put(Long.valueOf(id.group(1)), answer.recipient());
				}
			}
			else {
				reasons.merge(answer.status() + " " + reason(answer.body()), 1, Integer::sum);
			}
		}
		Map<DeliveryStatus, Integer> finals = awaitFinal(deliveries, accepted.keySet(), Duration.ofMinutes(10));
		long settled = System.nanoTime();

		Map<String, Integer> mails = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				mails.merge(to.toString(), 1, Integer::sum);
			}
		}
		long deliveredOnce = accepted.values().stream().filter((to) -> mails.getOrDefault(to, 0) == 1).count();
		long doubled = mails.values().stream().filter((count) -> count > 1).count();
		long unasked = mails.keySet().stream().filter((to) -> !accepted.containsValue(to)).count();
		System.out.printf("requests: %d from %d readers%n", requests, readers.size());
		System.out.printf("answers by status: %s, all answered after %.1f s%n", byStatus, (answered - began) / 1e9);
		System.out.printf("refusals by reason: %s%n", reasons);
		System.out.printf("accepted deliveries by final status: %s, settled after %.1f s%n", finals,
				(settled - began) / 1e9);
		System.out.printf(
				"mails: %d; accepted deliveries mailed exactly once: %d of %d; recipients mailed more "
						+ "than once: %d; mails nobody asked for: %d%n",
				smtp.getReceivedMessages().length, deliveredOnce, accepted.size(), doubled, unasked);
	}

	private static Map<DeliveryStatus, Integer> awaitFinal(DeliveryRepository deliveries, Iterable<Long> ids,
			Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			Map<DeliveryStatus, Integer> statuses = new TreeMap<>();
			for (Long id : ids) {
				statuses.merge(deliveries.findById(id).orElseThrow().getStatus(), 1, Integer::sum);
			}
			boolean open = statuses.containsKey(DeliveryStatus.PENDING) || statuses.containsKey(DeliveryStatus.SENDING);
			if (!open || System.nanoTime() > deadline) {
				return statuses;
			}
			Thread.sleep(500);
		}
	}

	private static String reason(String body) {
		Matcher title = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
		return title.find() ? title.group(1) : body.substring(0, Math.min(80, body.length()));
	}

	private record Answer(String recipient, int status, String body) {
	}

}
