package org.colophon.delivery;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import jakarta.validation.Validator;
import org.colophon.access.AccessBasis;
import org.colophon.access.AccessDecision;
import org.colophon.access.Viewer;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.content.ContentService;
import org.colophon.content.FullTextAccess;
import org.colophon.system.KeysetPaging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.AdditionalAnswers.returnsFirstArg;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The checks a delivery request passes before anything is recorded: each field at fault
 * named with its message key, exactly as the save form and the JSON API show them.
 */
@ExtendWith(MockitoExtension.class)
class DeliveryServiceTests {

	private static final ChapterInfo CHAPTER = new ChapterInfo("c1", null, null, Instant.EPOCH);

	private static final Viewer READER = new Viewer(7L, InetAddress.getLoopbackAddress());

	private static final AccessDecision GRANTED = new AccessDecision(true, AccessBasis.PERSONAL, null, null, null, null,
			List.of());

	private static final AccessDecision DENIED = new AccessDecision(false, AccessBasis.NONE, null, null, null,
			AccessDecision.NO_LICENCE, List.of());

	private static final Validator VALIDATOR = validator();

	@Mock
	private DeliveryRepository deliveries;

	@Mock
	private ContentService content;

	@Mock
	private DeliveryRateLimiter rateLimiter;

	@Mock
	private ProviderTokens tokens;

	@Mock
	private ClientRegistrationRepository registrations;

	@Mock
	private SchedulerClient scheduler;

	private DeliveryService service;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void createService() {
		this.service = new DeliveryService(this.deliveries, this.content, this.rateLimiter, this.tokens,
				this.registrations, this.scheduler, mock(OneTimeTask.class), mock(KeysetPaging.class), VALIDATOR,
				mock(DeliveryProperties.class), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
	}

	@Test
	void aMissingServiceFormatAndConsentAreEachRequired() {
		assertThat(errorsOf(new DeliveryRequest(null, null, null, null, null, null))).containsOnly(
				Map.entry("service", "delivery.error.service.required"),
				Map.entry("format", "delivery.error.format.required"),
				Map.entry("acceptPolicy", "delivery.error.acceptPolicy"));
		assertThat(errorsOf(new DeliveryRequest(" ", " ", null, null, false, null))).containsOnly(
				Map.entry("service", "delivery.error.service.required"),
				Map.entry("format", "delivery.error.format.required"),
				Map.entry("acceptPolicy", "delivery.error.acceptPolicy"));
	}

	@Test
	void anUnknownServiceOrFormatIsInvalid() {
		assertThat(errorsOf(new DeliveryRequest("carrier-pigeon", "epub", null, null, true, null))).containsOnly(
				Map.entry("service", "delivery.error.service.invalid"),
				Map.entry("format", "delivery.error.format.invalid"));
	}

	@Test
	void namesAreReadWithoutRegardToCaseSpacesOrHyphens() {
		given(this.registrations.findByRegistrationId("google")).willReturn(null);

		assertThat(errorsOf(new DeliveryRequest(" google-drive ", " pdf ", null, null, true, null)))
			.containsOnly(Map.entry("service", "delivery.error.service.unavailable"));
	}

	@Test
	void aFormatTheReaderMayNotHaveIsUnavailable() {
		assertThat(errorsOf(new DeliveryRequest("KINDLE", "HTML", "jane", "kindle.com", true, null)))
			.containsOnly(Map.entry("format", "delivery.error.format.unavailable"));
	}

	@Test
	void theKindleNameIsRequiredShortAndAnEmailLocalPart() {
		acceptSaves();
		assertThat(kindleNameError(null)).isEqualTo("delivery.error.kindleName.required");
		assertThat(kindleNameError("")).isEqualTo("delivery.error.kindleName.required");
		assertThat(kindleNameError("a".repeat(65))).isEqualTo("delivery.error.kindleName.tooLong");
		assertThat(kindleNameError("@".repeat(65))).isEqualTo("delivery.error.kindleName.tooLong");
		for (String name : List.of(" ", "two words", "jane@evil.example", ".jane", "jane.", "ja..ne",
				"line\r\nBcc: x@y.z", "j\u00e4ne")) {
			assertThat(kindleNameError(name)).as(name).isEqualTo("delivery.error.kindleName.invalid");
		}
		for (String name : List.of("jane", "Jane.Reader", "a".repeat(64), "o'brien+books", "x!#$%&*/=?^_`{|}~-")) {
			assertThat(kindleNameError(name)).as(name).isNull();
		}
	}

	@Test
	void theKindleDomainIsOneOfAmazonsTwo() {
		acceptSaves();
		assertThat(errorsOf(kindle("jane", null)))
			.containsOnly(Map.entry("kindleDomain", "delivery.error.kindleDomain"));
		assertThat(errorsOf(kindle("jane", "kindle.org")))
			.containsOnly(Map.entry("kindleDomain", "delivery.error.kindleDomain"));
		assertThat(errorsOf(kindle("jane", " kindle.com")))
			.containsOnly(Map.entry("kindleDomain", "delivery.error.kindleDomain"));
		assertThat(errorsOf(kindle("jane", "Free.Kindle.COM"))).isEmpty();
		assertThat(errorsOf(kindle("jane", "kindle.com"))).isEmpty();
	}

	@Test
	void theKindleFieldsAreIgnoredForOtherServices() {
		given(this.registrations.findByRegistrationId("dropbox")).willReturn(null);

		assertThat(errorsOf(new DeliveryRequest("DROPBOX", "PDF", "not @ name", "kindle.org", true, null)))
			.containsOnly(Map.entry("service", "delivery.error.service.unavailable"));
	}

	@Test
	void aBadIdempotencyKeyIsTheOnlyErrorReported() {
		for (String key : List.of("", "k".repeat(65), "with space", "\u00e9")) {
			InvalidDeliveryException ex = catchThrowableOfType(InvalidDeliveryException.class, () -> this.service
				.request(CHAPTER, READER, new DeliveryRequest(null, null, null, null, null, key)));

			assertThat(ex.fieldErrors()).as(key)
				.containsOnly(Map.entry("idempotencyKey", "delivery.error.idempotencyKey"));
		}
		verifyNoInteractions(this.deliveries, this.content);
	}

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstDeliveryWhateverElseIsSent() {
		Delivery first = mock(Delivery.class);
		given(this.deliveries.findByReaderIdAndIdempotencyKey(7L, "key-1.a:b_c-d")).willReturn(Optional.of(first));

		assertThat(this.service.request(CHAPTER, READER,
				new DeliveryRequest(null, null, null, null, null, "key-1.a:b_c-d")))
			.isSameAs(first);
	}

	@Test
	void badInputIsReportedBeforeADenial() {
		given(this.content.access(CHAPTER, READER)).willReturn(new FullTextAccess(DENIED, List.of()));

		assertThatInvalid(new DeliveryRequest("KINDLE", "PDF", "jane", "kindle.com", false, null))
			.containsOnly(Map.entry("acceptPolicy", "delivery.error.acceptPolicy"));
		DeliveryDeniedException denied = catchThrowableOfType(DeliveryDeniedException.class, () -> this.service
			.request(CHAPTER, READER, new DeliveryRequest("KINDLE", "HTML", "jane", "kindle.com", true, null)));
		assertThat(denied.decision()).isEqualTo(DENIED);
	}

	private String kindleNameError(String name) {
		return errorsOf(kindle(name, "kindle.com")).get("kindleName");
	}

	private static DeliveryRequest kindle(String name, String domain) {
		return new DeliveryRequest("KINDLE", "PDF", name, domain, true, null);
	}

	/**
	 * The field errors of a request made by a reader granted the PDF, none when it is
	 * accepted.
	 */
	private Map<String, String> errorsOf(DeliveryRequest request) {
		given(this.content.access(CHAPTER, READER)).willReturn(new FullTextAccess(GRANTED, List.of(ContentFormat.PDF)));
		try {
			this.service.request(CHAPTER, READER, request);
			return Map.of();
		}
		catch (InvalidDeliveryException ex) {
			return ex.fieldErrors();
		}
	}

	private void acceptSaves() {
		given(this.deliveries.save(any())).willAnswer(returnsFirstArg());
	}

	/**
	 * A validator that, like the application's, lets Spring create the constraint
	 * validators, which are package-private.
	 */
	private static Validator validator() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setConstraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()));
		validator.afterPropertiesSet();
		return validator;
	}

	private org.assertj.core.api.MapAssert<String, String> assertThatInvalid(DeliveryRequest request) {
		return assertThat(catchThrowableOfType(InvalidDeliveryException.class,
				() -> this.service.request(CHAPTER, READER, request))
			.fieldErrors());
	}

}
