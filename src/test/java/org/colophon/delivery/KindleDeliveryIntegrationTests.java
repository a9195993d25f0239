package org.colophon.delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.colophon.FreePort;
import org.colophon.access.AdminService;
import org.colophon.account.ReaderPrincipal;
import org.colophon.catalogue.CatalogueService;
import org.colophon.content.ContentService;
import org.colophon.delivery.DeliveryFixtures.Chapter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Save to Kindle against a real SMTP server (GreenMail): what arrives, who may send, bad
 * input, and an SMTP outage that ends in exactly one delivery.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "colophon.delivery.kindle-sender=approved@colophon.test",
		"colophon.delivery.retry-backoff=200ms", "colophon.delivery.polling-interval=100ms",
		"colophon.delivery.max-attempts=50", "colophon.delivery.per-reader-per-hour=3",
		"colophon.delivery.kindle-attachment-limit=1KB", "colophon.seeds.load-on-startup=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class KindleDeliveryIntegrationTests {

	/** A free port chosen per run, so that builds running side by side do not collide. */
	private static final int SMTP_PORT = FreePort.onLoopback();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private ContentService content;

	@Autowired
	private AdminService admin;

	@Autowired
	private DeliveryRepository deliveries;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private OneTimeTask<Void> deliveryTask;

	@Autowired
	private DataSource dataSource;

	@Test
	void kindleSaveArrivesWithTheRightRecipientSenderAndAttachment() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "kindle");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		MockHttpServletResponse response = this.mvc
			.perform(saveForm(chapter, reader, "jane.reader", "free.kindle.com", "key-1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(chapter.path() + "?delivery=*"))
			.andReturn()
			.getResponse();
		long id = Long.parseLong(response.getRedirectedUrl().replaceAll(".*delivery=", ""));

		awaitStatus(id, DeliveryStatus.DELIVERED);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		assertThat(message.getAllRecipients()).extracting(Address::toString)
			.containsExactly("jane.reader@free.kindle.com");
		assertThat(message.getFrom()).extracting(Address::toString).containsExactly("approved@colophon.test");
		assertThat(message.getSubject()).isEqualTo("Saving kindle");
		Part attachment = attachment(message);
		assertThat(attachment.getFileName()).isEqualTo("saving-kindle.pdf");
		assertThat(attachment.getContentType()).startsWith("application/pdf");
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(DeliveryFixtures.PDF);

		Document page = Jsoup.parse(this.mvc.perform(get(chapter.path() + "?delivery=" + id).with(user(reader)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("article > .message").text()).startsWith("Your chapter has been saved to Kindle.");
		Document list = Jsoup.parse(
				this.mvc.perform(get("/deliveries").with(user(reader))).andReturn().getResponse().getContentAsString());
		assertThat(list.select("tbody tr td").eachText()).contains("Saving kindle", "PDF", "Delivered");
	}

	@Test
	void aDoubleSubmitDeliversOnce() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "double");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		String first = this.mvc.perform(saveForm(chapter, reader, "double", "kindle.com", "same-key"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String second = this.mvc.perform(saveForm(chapter, reader, "double", "kindle.com", "same-key"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(second).isEqualTo(first);
		awaitStatus(Long.parseLong(first.replaceAll(".*delivery=", "")), DeliveryStatus.DELIVERED);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aDeniedReaderCannotSaveByFormOrApi() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "denied");
		ReaderPrincipal outsider = DeliveryFixtures.reader(this.admin);

		this.mvc.perform(saveForm(chapter, outsider, "outsider", "kindle.com", "denied-1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/chapters/" + chapter.id() + "/deliveries").with(user(outsider))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(kindleJson("outsider")))
			.andExpect(status().isForbidden());

		assertThat(this.deliveries.findByReaderIdOrderByIdDesc(outsider.id(),
				org.springframework.data.domain.Limit.of(10)))
			.isEmpty();
		Document dialog = Jsoup.parse(this.mvc.perform(get(chapter.path()).with(user(outsider)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(dialog.select("#save-kindle button[type=submit]").eachText()).containsExactly("\u00d7");
		assertThat(dialog.select("#save-kindle fieldset").text()).contains("No format of this chapter is available");
	}

	@Test
	void badInputIsRejectedBesideTheFieldsWithTheInputKept() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "bad-input");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		String html = this.mvc
			.perform(post(chapter.path() + "/save/kindle").with(user(reader))
				.with(csrf())
				.param("kindleName", "jane@evil.example")
				.param("kindleDomain", "kindle.com")
				.param("format", "PDF")
				.param("idempotencyKey", "bad-1")
				.param("place", "dialog"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select("#save-kindle").attr("data-open")).isEqualTo("true");
		assertThat(page.select("#dialog-kindle-name").val()).isEqualTo("jane@evil.example");
		assertThat(page.select("#dialog-kindle-name").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#dialog-kindle-name-error").text()).startsWith("Use only the characters");
		assertThat(page.select("#dialog-kindle-policy-error").text()).startsWith("Please agree");
		assertThat(page.select("#dialog-kindle-domain-kindle-com").hasAttr("checked")).isTrue();

		for (String name : new String[] { "", "a".repeat(65), "two words", "line\r\nBcc: x@y.z", "x@y" }) {
			this.mvc
				.perform(post("/api/chapters/" + chapter.id() + "/deliveries").with(user(reader))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"service\":\"KINDLE\",\"format\":\"PDF\",\"kindleName\":"
							+ new tools.jackson.databind.ObjectMapper().writeValueAsString(name)
							+ ",\"kindleDomain\":\"kindle.com\",\"acceptPolicy\":true}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("kindleName"));
		}
		this.mvc
			.perform(post("/api/chapters/" + chapter.id() + "/deliveries").with(user(reader))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"service\":\"KINDLE\",\"format\":\"HTML\",\"kindleName\":\"jane\","
						+ "\"kindleDomain\":\"kindle.org\",\"acceptPolicy\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("kindleDomain", "acceptPolicy", "format")));
		this.mvc
			.perform(post("/api/chapters/" + chapter.id() + "/deliveries").with(user(reader))
				.with(csrf())
				.header("Idempotency-Key", "k".repeat(65))
				.contentType(MediaType.APPLICATION_JSON)
				.content(kindleJson("keyed")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idempotencyKey"));
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void anSmtpOutageLeavesTheDeliveryPendingAndItGoesOutOnceTheServerIsBack() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "outage");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		smtp.stop();
		try {
			String location = this.mvc.perform(saveForm(chapter, reader, "patient", "kindle.com", "outage-1"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long id = Long.parseLong(location.replaceAll(".*delivery=", ""));

			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				Delivery delivery = this.deliveries.findById(id).orElseThrow();
				assertThat(delivery.getAttempts()).isGreaterThanOrEqualTo(2);
				assertThat(delivery.getStatus()).isIn(DeliveryStatus.PENDING, DeliveryStatus.SENDING);
			});
			assertThat(this.deliveries.findById(id).orElseThrow().getReason())
				.isIn("The mail server could not be reached", null);
			smtp.start();

			awaitStatus(id, DeliveryStatus.DELIVERED);
			assertThat(smtp.getReceivedMessages()).hasSize(1);
			assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("patient@kindle.com");
		}
		finally {
			if (!smtp.isRunning()) {
				smtp.start();
			}
		}
	}

	@Test
	@DirtiesContext
	void aDeliveryRecordedBeforeACrashIsSentByTheNextScheduler() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "restart");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		this.scheduler.stop();

		String location = this.mvc.perform(saveForm(chapter, reader, "restarted", "kindle.com", "restart-1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*delivery=", ""));
		Delivery waiting = this.deliveries.findById(id).orElseThrow();
		assertThat(waiting.getStatus()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(waiting.getAttempts()).isZero();

		Scheduler next = Scheduler.create(this.dataSource, this.deliveryTask)
			.pollingInterval(Duration.ofMillis(100))
			.build();
		next.start();
		try {
			awaitStatus(id, DeliveryStatus.DELIVERED);
		}
		finally {
			next.stop();
		}
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(this.deliveries.findById(id).orElseThrow().getAttempts()).isEqualTo(1);
	}

	@Test
	void aFileOverTheKindleLimitFailsWithAClearReason() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "large");
		java.nio.file.Path big = java.nio.file.Files.createTempFile("big", ".pdf");
		java.nio.file.Files.write(big, new byte[2048]);
		this.content.attach(chapter.id(), org.colophon.content.ContentFormat.PDF, big);
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);

		String location = this.mvc.perform(saveForm(chapter, reader, "big", "kindle.com", "large-1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Delivery delivery = awaitStatus(Long.parseLong(location.replaceAll(".*delivery=", "")), DeliveryStatus.FAILED);
		assertThat(delivery.getReason()).isEqualTo("The file is 2.0 KB, more than the Kindle limit of 1.0 KB");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void savingNeedsASignedInReaderAndNobodySeesAnotherReadersDeliveries() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "private");
		ReaderPrincipal owner = DeliveryFixtures.entitledReader(this.admin, chapter);
		ReaderPrincipal other = DeliveryFixtures.reader(this.admin);

		this.mvc.perform(post(chapter.path() + "/save/kindle").with(csrf()).param("kindleName", "anon"))
			.andExpect(status().isFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
		this.mvc.perform(get("/api/deliveries")).andExpect(status().isUnauthorized());

		String body = this.mvc
			.perform(post("/api/chapters/" + chapter.id() + "/deliveries").with(user(owner))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(kindleJson("owner")))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = new tools.jackson.databind.ObjectMapper().readTree(body).get("id").asLong();

		this.mvc.perform(get("/api/deliveries/" + id).with(user(owner))).andExpect(jsonPath("$.id").value(id));
		this.mvc.perform(get("/api/deliveries/" + id).with(user(other))).andExpect(status().isNotFound());
		String othersView = this.mvc.perform(get(chapter.path() + "?delivery=" + id).with(user(other)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(othersView).select("article > .message")).isEmpty();
		this.mvc.perform(get("/api/deliveries").with(user(other))).andExpect(jsonPath("$").isEmpty());
		this.mvc.perform(get("/api/deliveries").with(user(owner))).andExpect(jsonPath("$[0].id").value(id));
		awaitStatus(id, DeliveryStatus.DELIVERED);
	}

	@Test
	void tooManySavesAreRateLimitedWithAClearMessage() throws Exception {
		Chapter chapter = DeliveryFixtures.chapterWithPdf(this.catalogue, this.content, "limited");
		ReaderPrincipal reader = DeliveryFixtures.entitledReader(this.admin, chapter);
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(saveForm(chapter, reader, "limited" + i, "kindle.com", UUID.randomUUID().toString()))
				.andExpect(status().isFound());
		}

		this.mvc
			.perform(post("/api/chapters/" + chapter.id() + "/deliveries").with(user(reader))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(kindleJson("limited")))
			.andExpect(status().isTooManyRequests())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
		String html = this.mvc.perform(saveForm(chapter, reader, "limited", "kindle.com", "limited-page"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select(".field-error").text()).startsWith("You have saved many chapters");
	}

	private MockHttpServletRequestBuilder saveForm(Chapter chapter, ReaderPrincipal reader, String name, String domain,
			String key) {
		return post(chapter.path() + "/save/kindle").with(user(reader))
			.with(csrf())
			.param("kindleName", name)
			.param("kindleDomain", domain)
			.param("format", "PDF")
			.param("acceptPolicy", "true")
			.param("idempotencyKey", key)
			.param("place", "page");
	}

	private static String kindleJson(String name) {
		return "{\"service\":\"KINDLE\",\"format\":\"PDF\",\"kindleName\":\"" + name
				+ "\",\"kindleDomain\":\"kindle.com\",\"acceptPolicy\":true}";
	}

	private Delivery awaitStatus(long id, DeliveryStatus status) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.deliveries.findById(id).orElseThrow().getStatus(), (current) -> current == status);
		return this.deliveries.findById(id).orElseThrow();
	}

	private static Part attachment(MimeMessage message) throws Exception {
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part;
			}
		}
		throw new AssertionError("No attachment in " + List.of(message.getSubject()));
	}

}
