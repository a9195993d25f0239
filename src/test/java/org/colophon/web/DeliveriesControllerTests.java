package org.colophon.web;

import java.util.List;

import org.colophon.catalogue.CatalogueService;
import org.colophon.delivery.DeliveryRecords;
import org.colophon.delivery.DeliveryService;
import org.colophon.delivery.DeliveryStatus;
import org.colophon.delivery.SaveDestination;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * "My deliveries" and the return from a provider's authorisation, for signed-in readers
 * only.
 */
@WebSliceTest(DeliveriesController.class)
class DeliveriesControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DeliveryService deliveries;

	@MockitoBean
	private CatalogueService catalogue;

	@Test
	void sendsAnAnonymousVisitorToTheLogInPage() {
		assertThat(this.mvc.get().uri("/deliveries")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		then(this.deliveries).shouldHaveNoInteractions();
	}

	@Test
	void listsTheReadersRecentDeliveriesWithTheirChapters() {
		given(this.deliveries.recent(42L, 50)).willReturn(
				List.of(DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.KINDLE, DeliveryStatus.FAILED)));
		given(this.catalogue.chapter("c1")).willReturn(WebFixtures.chapter("c1", "Roots and Branches"));

		assertThat(this.mvc.get().uri("/deliveries").with(user(WebFixtures.READER))).hasStatusOk()
			.hasViewName("delivery/list")
			.satisfies((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("Signed in as reader@example.org"))
			.model()
			.containsEntry("signedInAs", "reader@example.org")
			.extractingByKey("deliveries")
			.asInstanceOf(list(DeliveryView.class))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.chapterTitle()).isEqualTo("Roots and Branches");
				assertThat(row.chapterUrl()).isEqualTo("/chapters/c1/roots-and-branches");
				assertThat(row.kindleAddress()).isEqualTo("reader@kindle.com");
				assertThat(row.reason()).isEqualTo("Mailbox full");
			});
	}

	@Test
	void resumesTheSavesThatWaitedForAuthorisationAndShowsTheLatest() {
		given(this.deliveries.resumeAfterAuthorisation(42L, SaveDestination.DROPBOX)).willReturn(
				List.of(DeliveryRecords.delivery(5L, 42L, "c9", SaveDestination.DROPBOX, DeliveryStatus.PENDING),
						DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.DROPBOX, DeliveryStatus.PENDING)));
		given(this.catalogue.chapter("c1")).willReturn(WebFixtures.chapter("c1", "Roots and Branches"));

		assertThat(this.mvc.get().uri("/deliveries/authorised/dropbox").with(user(WebFixtures.READER)))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/chapters/c1/roots-and-branches?delivery=7");
	}

	@Test
	void goesToTheListWhenNoSaveWaitedForAuthorisation() {
		given(this.deliveries.resumeAfterAuthorisation(42L, SaveDestination.GOOGLE_DRIVE)).willReturn(List.of());

		assertThat(this.mvc.get().uri("/deliveries/authorised/google").with(user(WebFixtures.READER)))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/deliveries");
	}

	@Test
	void asksBeforeAbandoningTheWaitingSavesWhenTheReaderRefusedAuthorisation() {
		given(this.deliveries.waitingForAuthorisation(42L, SaveDestination.DROPBOX)).willReturn(
				List.of(DeliveryRecords.delivery(7L, 42L, "c1", SaveDestination.DROPBOX, DeliveryStatus.PENDING)));

		assertThat(
				this.mvc.get().uri("/deliveries/authorised/dropbox?error=access_denied").with(user(WebFixtures.READER)))
			.hasStatusOk()
			.hasViewName("delivery/refused");
		then(this.deliveries).should(never()).abandonAfterRefusal(any(), any());
	}

	@Test
	void abandonsTheWaitingSavesOnlyOnTheReadersOwnPost() {
		assertThat(this.mvc.post().uri("/deliveries/authorised/dropbox").with(user(WebFixtures.READER)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/deliveries");
		then(this.deliveries).should().abandonAfterRefusal(42L, SaveDestination.DROPBOX);
	}

	@Test
	void answersAnUnknownProviderWithTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/deliveries/authorised/onedrive").with(user(WebFixtures.READER)))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404");
		then(this.deliveries).shouldHaveNoInteractions();
	}

}
