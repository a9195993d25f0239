package org.colophon.web;

import org.colophon.account.Password;
import org.colophon.account.ReaderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The log-in and sign-up pages: where log-in returns to, why it failed, and the sign-up
 * form's errors.
 */
@WebSliceTest(AccountController.class)
class AccountControllerTests {

	private static final String GOOD_PASSWORD = "a long enough password";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ReaderService readers;

	@Test
	void returnsFromLogInToAPathOfThisSite() {
		assertThat(this.mvc.get().uri("/login?continue=/chapters/c1/roots&institutional")).hasStatusOk()
			.hasViewName("account/login")
			.model()
			.containsEntry("continueTo", "/chapters/c1/roots")
			.containsEntry("institutional", true)
			.containsEntry("registered", false)
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
	void showsAnEmptySignUpForm() {
		assertThat(this.mvc.get().uri("/signup")).hasStatusOk()
			.hasViewName("account/signup")
			.model()
			.containsEntry("form", new SignUpForm("", ""));
	}

	@Test
	void signsUpAndSendsTheNewReaderToLogIn() {
		assertThat(signUp("new@example.org", GOOD_PASSWORD).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?registered");
		then(this.readers).should().signUp("new@example.org", new Password(GOOD_PASSWORD));
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
		then(this.readers).shouldHaveNoInteractions();
	}

	@Test
	void rejectsAPasswordTooLongToHash() {
		String accented = "é".repeat(40);

		assertThat(signUp("new@example.org", accented).with(csrf())).hasStatusOk()
			.hasViewName("account/signup")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("password", "ValidPassword");
		then(this.readers).shouldHaveNoInteractions();
	}

	@Test
	void refusesASignUpWithoutTheFormsCsrfToken() {
		assertThat(signUp("new@example.org", GOOD_PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
		then(this.readers).shouldHaveNoInteractions();
	}

	private MockMvcRequestBuilder signUp(String email, String password) {
		return this.mvc.post().uri("/signup").param("email", email).param("password", password);
	}

}
