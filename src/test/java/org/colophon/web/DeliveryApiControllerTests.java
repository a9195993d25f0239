package org.colophon.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.delivery.DeliveryDeniedException;
import org.colophon.delivery.DeliveryNotFoundException;
import org.colophon.delivery.DeliveryRecords;
import org.colophon.delivery.DeliveryRequest;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.DeliveryStatus;
import org.colophon.delivery.InvalidDeliveryException;
import org.colophon.delivery.RateLimitedException;
import org.colophon.delivery.SaveDestination;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Saving as JSON, for the authenticated reader only: request a delivery, follow it, list
 * one's own, with problem details for whatever goes wrong.
 */
@WebSliceTest(DeliveryApiController.class)
class DeliveryApiControllerTests {

	private static final ChapterInfo CHAPTER = WebFixtures.chapter("c1", "Roots and Branches");

	private static final String KINDLE_BODY = """
			{ "service": "KINDLE", "format": "PDF", "kindleName": "my.kindle", "kindleDomain": "kindle.com",
			  "acceptPolicy": true }
			""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DeliveryService deliveries;

	@MockitoBean
	private CatalogueService catalogue;

	@Test
	void challengesAnAnonymousCallerWithHttpBasic() {
		assertThat(this.mvc.get().uri("/api/deliveries")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Colophon\"");
		then(this.deliveries).shouldHaveNoInteractions();
	}

	@Test
	void requestsADeliveryWithTheHeadersIdempotencyKeyAndPointsToItsStatus() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(),
				new DeliveryRequest("KINDLE", "PDF", "my.kindle", "kindle.com", true, "k1")))
			.willReturn(DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.KINDLE, DeliveryStatus.PENDING));

		assertThat(submit(KINDLE_BODY).header("Idempotency-Key", "k1")).hasStatus(HttpStatus.ACCEPTED)
			.hasHeader(HttpHeaders.LOCATION, "/api/deliveries/7")
			.bodyJson()
			.isStrictlyEqualTo("""
					{
					  "id": 7,
					  "chapterId": "c1",
					  "service": "KINDLE",
					  "format": "PDF",
					  "status": "PENDING",
					  "reason": null,
					  "attempts": 0,
					  "createdAt": "2026-01-20T09:00:00Z",
					  "updatedAt": "2026-01-20T09:00:00Z",
					  "deliveredAt": null
					}
					""");
	}

	@Test
	void keepsTheIdempotencyKeyOfTheBodyOverTheHeader() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(),
				new DeliveryRequest("DROPBOX", "PDF", null, null, true, "from-body")))
			.willReturn(DeliveryRecords.delivery(8L, 42L, "c1", SaveDestination.DROPBOX, DeliveryStatus.PENDING));

		assertThat(submit("""
				{ "service": "DROPBOX", "format": "PDF", "acceptPolicy": true, "idempotencyKey": "from-body" }
				""").header("Idempotency-Key", "from-header")).hasStatus(HttpStatus.ACCEPTED)
			.hasHeader(HttpHeaders.LOCATION, "/api/deliveries/8");
	}

	@Test
	void refusesARequestFromABrowserSessionWithoutTheCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/api/chapters/c1/deliveries")
			.contentType(MediaType.APPLICATION_JSON)
			.content(KINDLE_BODY)
			.with(user(WebFixtures.READER))).hasStatus(HttpStatus.FORBIDDEN);
		then(this.deliveries).shouldHaveNoInteractions();
	}

	@Test
	void answersInvalidFieldsWithAProblemNamingEachFieldInWords() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(),
				new DeliveryRequest("KINDLE", "PDF", "my.kindle", "kindle.com", true, null)))
			.willThrow(new InvalidDeliveryException(Map.of("kindleName", "delivery.error.kindleName.required")));

		assertThat(submit(KINDLE_BODY)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{
					  "status": 400,
					  "title": "Invalid input",
					  "errors": [
					    { "field": "kindleName", "message": "Enter the name part of your Kindle e-mail address." }
					  ]
					}
					""");
	}

	@Test
	void answersADeniedDeliveryWithForbidden() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(),
				new DeliveryRequest("KINDLE", "PDF", "my.kindle", "kindle.com", true, null)))
			.willThrow(new DeliveryDeniedException(WebFixtures.denied()));

		assertThat(submit(KINDLE_BODY)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("No access");
	}

	@Test
	void answersTooManyDeliveriesWithWhenToTryAgain() {
		given(this.catalogue.chapter("c1")).willReturn(CHAPTER);
		given(this.deliveries.request(CHAPTER, WebFixtures.reader(),
				new DeliveryRequest("KINDLE", "PDF", "my.kindle", "kindle.com", true, null)))
			.willThrow(new RateLimitedException(Duration.ofSeconds(90)));

		assertThat(submit(KINDLE_BODY)).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasHeader(HttpHeaders.RETRY_AFTER, "90")
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Too many deliveries; try again in 90 seconds");
	}

	@Test
	void showsOneOfTheReadersDeliveries() {
		given(this.deliveries.delivery(42L, 7L))
			.willReturn(DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.KINDLE, DeliveryStatus.DELIVERED));

		assertThat(this.mvc.get().uri("/api/deliveries/7").with(asReader())).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "id": 7, "status": "DELIVERED", "attempts": 1, "deliveredAt": "2026-01-20T09:01:00Z" }
					""");
	}

	@Test
	void answersADeliveryThatIsNotTheReadersWithAProblem() {
		given(this.deliveries.delivery(42L, 9L)).willThrow(new DeliveryNotFoundException(9L));

		assertThat(this.mvc.get().uri("/api/deliveries/9").with(asReader())).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Not found");
	}

	@Test
	void listsTheReadersRecentDeliveries() {
		given(this.deliveries.recent(42L, 100)).willReturn(
				List.of(DeliveryRecords.delivery(8L, 42L, "c2", SaveDestination.DROPBOX, DeliveryStatus.SENDING),
						DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.KINDLE, DeliveryStatus.DELIVERED)));

		assertThat(this.mvc.get().uri("/api/deliveries").with(asReader())).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					[ { "id": 8, "service": "DROPBOX", "status": "SENDING" }, { "id": 7, "service": "KINDLE" } ]
					""");
	}

	private MockMvcRequestBuilder submit(String body) {
		return this.mvc.post()
			.uri("/api/chapters/c1/deliveries")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(asReader());
	}

	/**
	 * As a script calls the API: with HTTP Basic credentials, which also exempt it from
	 * CSRF, for {@link WebFixtures#READER}, whom the slice signs in without checking the
	 * password.
	 */
	private static RequestPostProcessor asReader() {
		RequestPostProcessor signedIn = user(WebFixtures.READER);
		RequestPostProcessor basic = httpBasic(WebFixtures.READER.email(), "unchecked");
		return (request) -> basic.postProcessRequest(signedIn.postProcessRequest(request));
	}

}
