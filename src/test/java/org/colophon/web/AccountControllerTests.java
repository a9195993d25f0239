package org.colophon.web;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.colophon.account.Password;
import org.colophon.account.SignUpMailException;
import org.colophon.account.SignUpService;
import org.colophon.citation.SiteAddress;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The log-in and sign-up pages: where log-in returns to, why it failed, the sign-up
 * form's errors, its link and the confirmation page.
 */
@WebSliceTest(AccountController.class)
class AccountControllerTests {

	private static final String GOOD_PASSWORD = "a long enough password";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SignUpService signUps;

	@MockitoBean
	private SiteAddress site;

	@Test
	void returnsFromLogInToAPathOfThisSite() {
		assertThat(this.mvc.get().uri("/login?continue=/chapters/c1/roots&institutional")).hasStatusOk()
			.hasViewName("account/login")
			.model()
			.containsEntry("continueTo", "/chapters/c1/roots")
			.containsEntry("institutional", true)
			.containsEntry("confirmed", false)
			.doesNotContainKey("error");
	}

	@Test
	void neverReturnsFromLogInToAnotherSite() {
		assertThat(this.mvc.get().uri("/login?continue=//evil.example/")).hasStatusOk()
			.model()
			.containsEntry("continueTo", null);
	}

	@Test
	void explainsALogInRefusedForWrongCredentials() {
		assertThat(this.mvc.get()
			.uri("/login?error")
			.sessionAttr(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials")))
			.hasStatusOk()
			.model()
			.containsEntry("error", "credentials");
	}

	@Test
	void explainsALogInRefusedForTooManyFailures() {
		assertThat(this.mvc.get()
			.uri("/login?error")
			.sessionAttr(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("Locked"))).hasStatusOk()
			.model()
			.containsEntry("error", "locked");
	}

	@Test
	void explainsALogInThatCouldNotBeCheckedWithoutBlamingTheCredentials() {
		assertThat(this.mvc.get()
			.uri("/login?error")
			.sessionAttr(WebAttributes.AUTHENTICATION_EXCEPTION,
					new InternalAuthenticationServiceException("Connection is not available")))
			.hasStatusOk()
			.satisfies((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("We could not check your log-in just now")
				.doesNotContain("do not match an account"));
	}

	@Test
	void showsAnEmptySignUpForm() {
		assertThat(this.mvc.get().uri("/signup")).hasStatusOk()
			.hasViewName("account/signup")
			.model()
			.containsEntry("form", new SignUpForm("", ""));
	}

	@Test
	void signsUpWithALinkOnTheSitesAddressAndSendsTheReaderToTheirInbox() {
		given(this.site.baseUrl()).willReturn("https://books.example.org");

		assertThat(signUp("new@example.org", GOOD_PASSWORD).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/signup/sent");

		ArgumentCaptor<UnaryOperator<String>> link = ArgumentCaptor.captor();
		then(this.signUps).should()
			.request(eq("new@example.org"), eq(new Password(GOOD_PASSWORD)), link.capture(), any(Locale.class));
		assertThat(link.getValue().apply("t0k-en")).isEqualTo("https://books.example.org/signup/confirm?token=t0k-en");
	}

	@Test
	void saysSoWhenTheSignUpMailCannotBeSent() {
		given(this.site.baseUrl()).willReturn("https://books.example.org");
		willThrow(SignUpMailException.class).given(this.signUps).request(any(), any(), any(), any());

		assertThat(signUp("new@example.org", GOOD_PASSWORD).with(csrf())).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasViewName("account/signup")
			.satisfies((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("We could not send the e-mail just now", "value=\"new@example.org\""));
	}

	@Test
	void confirmsByAFormSoThatFollowingTheLinkAloneChangesNothing() {
		assertThat(this.mvc.get().uri("/signup/confirm?token=abc")).hasStatusOk()
			.hasViewName("account/confirm")
			.model()
			.containsEntry("token", "abc");
		then(this.signUps).shouldHaveNoInteractions();

		given(this.signUps.confirm("abc")).willReturn(SignUpService.Confirmation.CONFIRMED);
		assertThat(this.mvc.post().uri("/signup/confirm").param("token", "abc").with(csrf()))
			.hasRedirectedUrl("/login?confirmed");
	}

	@Test
	void explainsALinkThatNoLongerWorks() {
		given(this.signUps.confirm("old")).willReturn(SignUpService.Confirmation.INVALID);

		assertThat(this.mvc.post().uri("/signup/confirm").param("token", "old").with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.satisfies((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("This link does not work"));
	}

	@Test
	void refusesACommonPasswordBesideTheField() {
		assertThat(signUp("new@example.org", "Password1234").with(csrf())).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("password", "NotCommonPassword");
		then(this.signUps).shouldHaveNoInteractions();
	}

	@Test
	void showsTheFormAgainWithAnErrorBesideEachInvalidField() {
		assertThat(signUp("not-an-address", "too short").with(csrf())).hasStatusOk()
			.hasViewName("account/signup")
			.satisfies((result) -> assertThat(result.getResponse().getContentAsString())
				.contains("must be an e-mail address", "must have at least 12 characters"))
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("email", "Email")
			.hasFieldErrorCode("password", "ValidPassword");
		then(this.signUps).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAPasswordTooLongToHash() {
		String accented = "é".repeat(40);

		assertThat(signUp("new@example.org", accented).with(csrf())).hasStatusOk()
			.hasViewName("account/signup")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("password", "ValidPassword");
		then(this.signUps).shouldHaveNoInteractions();
	}

	@Test
	void refusesASignUpWithoutTheFormsCsrfToken() {
		assertThat(signUp("new@example.org", GOOD_PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
		then(this.signUps).shouldHaveNoInteractions();
	}

	private MockMvcRequestBuilder signUp(String email, String password) {
		return this.mvc.post().uri("/signup").param("email", email).param("password", password);
	}

}
