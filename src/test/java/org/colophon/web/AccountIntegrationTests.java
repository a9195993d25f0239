package org.colophon.web;

import org.colophon.account.Password;
import org.colophon.account.Reader;
import org.colophon.account.ReaderService;
import org.colophon.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-up, log-in, log-out, the throttle after failed log-ins, and CSRF on every form.
 */
@SpringBootTest(properties = { "colophon.access.max-failed-logins=3", "colophon.seeds.load-on-startup=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountIntegrationTests {

	private static final String PASSWORD = "twelve chars or more";

	private static final String ATTACKER = "198.51.100.66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReaderService readers;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void signsUpThenLogsInAndOut() throws Exception {
		this.mvc.perform(post("/signup").with(csrf()).param("email", "new@colophon.test").param("password", PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?registered"));

		this.mvc.perform(formLogin().user("NEW@colophon.test").password(PASSWORD))
			.andExpect(authenticated().withUsername("new@colophon.test"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/logout").with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/?signedOut"));
	}

	@Test
	void logInReturnsToTheLocalPageItWasAskedFromButNeverToAnotherSite() throws Exception {
		signUp("returning@colophon.test");

		this.mvc.perform(logIn("returning@colophon.test", "/books/x")).andExpect(redirectedUrl("/books/x"));
		this.mvc.perform(logIn("returning@colophon.test", "//evil.example/steal")).andExpect(redirectedUrl("/"));
		this.mvc.perform(logIn("returning@colophon.test", "https://evil.example/")).andExpect(redirectedUrl("/"));
	}

	@Test
	void signUpRejectsBadInputNextToTheFieldKeepingTheAddress() throws Exception {
		this.mvc.perform(post("/signup").with(csrf()).param("email", "not-an-address").param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"email-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"password-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"not-an-address\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("must have at least 12 characters")));

		this.mvc
			.perform(
					post("/signup").with(csrf()).param("email", "long@colophon.test").param("password", "é".repeat(40)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("must have at most 72 bytes (fewer characters if you use accents or other scripts)")));
	}

	@Test
	void signingUpWithATakenAddressLooksLikeAnyOtherSignUpAndChangesNothing() throws Exception {
		signUp("taken@colophon.test");

		this.mvc
			.perform(post("/signup").with(csrf())
				.param("email", "Taken@colophon.test")
				.param("password", "someone else's password"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?registered"));

		this.mvc.perform(formLogin().user("taken@colophon.test").password("someone else's password"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("taken@colophon.test").password(PASSWORD))
			.andExpect(authenticated().withUsername("taken@colophon.test"));
	}

	@Test
	void anOverlongPasswordAtLogInIsJustWrong() throws Exception {
		signUp("overlong@colophon.test");

		this.mvc.perform(formLogin().user("overlong@colophon.test").password("x".repeat(200)))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post("/signup").param("email", "csrf@colophon.test").param("password", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "csrf@colophon.test").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void repeatedFailedLogInsLockTheAccountEvenForTheRightPassword() throws Exception {
		signUp("guessed@colophon.test");
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc.perform(formLogin().user("guessed@colophon.test").password("wrong guess " + attempt))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}

		var result = this.mvc.perform(formLogin().user("guessed@colophon.test").password(PASSWORD))
			.andExpect(unauthenticated())
			.andReturn();

		this.mvc
			.perform(get("/login?error")
				.session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed log-ins")));
	}

	@Test
	void failedLogInsElsewhereNeverLockTheOwnerOut() throws Exception {
		signUp("owner@colophon.test");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(attempt("owner@colophon.test", "wrong guess " + attempt).with(from(ATTACKER)))
				.andExpect(unauthenticated());
		}

		this.mvc.perform(attempt("owner@colophon.test", PASSWORD).with(from(ATTACKER))).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("owner@colophon.test").password(PASSWORD))
			.andExpect(authenticated().withUsername("owner@colophon.test"));
	}

	@Test
	void aNameWithoutAnAccountIsLockedLikeOneWithSoTheLockRevealsNothing() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc.perform(formLogin().user("nobody@colophon.test").password("wrong guess " + attempt))
				.andExpect(unauthenticated());
		}

		var result = this.mvc.perform(formLogin().user("nobody@colophon.test").password(PASSWORD))
			.andExpect(unauthenticated())
			.andReturn();

		this.mvc
			.perform(get("/login?error")
				.session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed log-ins")));
	}

	@Test
	void aDeletedAdminsSessionStopsWorkingOnItsNextRequest() throws Exception {
		Reader admin = this.readers.create("deleted-admin@colophon.test", new Password(PASSWORD), Role.ADMIN, null);
		MockHttpSession session = signedIn("deleted-admin@colophon.test");
		this.mvc.perform(get("/api/admin/institutions").session(session)).andExpect(status().isOk());

		this.readers.delete(admin.getId());

		this.mvc.perform(get("/api/admin/institutions").session(session)).andExpect(status().isUnauthorized());
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aDemotedAdminsSessionStopsWorkingOnItsNextRequest() throws Exception {
		Reader admin = this.readers.create("demoted-admin@colophon.test", new Password(PASSWORD), Role.ADMIN, null);
		MockHttpSession session = signedIn("demoted-admin@colophon.test");
		this.mvc.perform(get("/api/admin/institutions").session(session)).andExpect(status().isOk());

		this.jdbc.update("UPDATE reader SET role = 'READER' WHERE id = ?", admin.getId());

		this.mvc.perform(get("/api/admin/institutions").session(session)).andExpect(status().isUnauthorized());
	}

	private MockHttpSession signedIn(String email) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(email).password(PASSWORD))
			.andExpect(authenticated())
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession();
	}

	private static MockHttpServletRequestBuilder attempt(String email, String password) {
		return post("/login").with(csrf()).param("username", email).param("password", password);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder logIn(String email,
			String next) {
		return post("/login").with(csrf()).param("username", email).param("password", PASSWORD).param("continue", next);
	}

	private void signUp(String email) throws Exception {
		this.mvc.perform(post("/signup").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?registered"));
	}

}
