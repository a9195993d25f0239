package org.colophon.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.colophon.CookieSession;
import org.colophon.FreePort;
import org.colophon.account.Password;
import org.colophon.account.Reader;
import org.colophon.account.ReaderService;
import org.colophon.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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
 * Sign-up through a mailed link (a real SMTP server), log-in, log-out, the throttle after
 * failed log-ins, and CSRF on every form.
 */
@SpringBootTest(properties = { "colophon.access.max-failed-logins=3", "colophon.seeds.load-on-startup=false",
		"spring.mail.host=127.0.0.1", "colophon.sign-up.mail-from=accounts@colophon.test",
		"colophon.site.base-url=https://books.colophon.test" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountIntegrationTests {

	private static final int SMTP_PORT = FreePort.onLoopback();

	private static final Pattern CONFIRM_LINK = Pattern
		.compile("https://books\\.colophon\\.test/signup/confirm\\?token=([A-Za-z0-9_-]+)");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	private static final String PASSWORD = "twelve chars or more";

	private static final String ATTACKER = "198.51.100.66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReaderService readers;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void signsUpByFollowingTheMailedLinkThenLogsInAndOut() throws Exception {
		this.mvc.perform(post("/signup").with(csrf()).param("email", "new@colophon.test").param("password", PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/signup/sent"));
		MimeMessage mail = onlyMailTo("new@colophon.test");
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("accounts@colophon.test");
		assertThat(mail.getSubject()).isEqualTo("Confirm your address to create your Colophon account");
		this.mvc.perform(formLogin().user("new@colophon.test").password(PASSWORD)).andExpect(unauthenticated());

		String token = tokenIn(mail);
		this.mvc.perform(get("/signup/confirm").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + token + "\"")));
		this.mvc.perform(post("/signup/confirm").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/login?confirmed"));

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
			.andExpect(redirectedUrl("/signup/sent"));
		MimeMessage[] mails = smtp.getReceivedMessagesForDomain("taken@colophon.test");
		assertThat(mails).hasSize(2);
		assertThat(mails[1].getSubject()).isEqualTo("You already have a Colophon account");
		assertThat(GreenMailUtil.getBody(mails[1])).doesNotContain("/signup/confirm");

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

		CookieSession session = new CookieSession();
		this.mvc.perform(formLogin().user("guessed@colophon.test").password(PASSWORD))
			.andDo(session)
			.andExpect(unauthenticated());

		this.mvc.perform(get("/login?error").with(session))
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

		CookieSession session = new CookieSession();
		this.mvc.perform(formLogin().user("nobody@colophon.test").password(PASSWORD))
			.andDo(session)
			.andExpect(unauthenticated());

		this.mvc.perform(get("/login?error").with(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed log-ins")));
	}

	@Test
	void aDeletedAdminsSessionStopsWorkingOnItsNextRequest() throws Exception {
		Reader admin = this.readers.create("deleted-admin@colophon.test", new Password(PASSWORD), Role.ADMIN, null);
		CookieSession session = signedIn("deleted-admin@colophon.test");
		this.mvc.perform(get("/api/admin/institutions").with(session)).andDo(session).andExpect(status().isOk());
		assertThat(sessionsOf("deleted-admin@colophon.test")).isOne();

		this.readers.delete(admin.getId());

		this.mvc.perform(get("/api/admin/institutions").with(session))
			.andDo(session)
			.andExpect(status().isUnauthorized());
		assertThat(sessionsOf("deleted-admin@colophon.test")).isZero();
	}

	@Test
	void aDemotedAdminsSessionStopsWorkingOnItsNextRequest() throws Exception {
		Reader admin = this.readers.create("demoted-admin@colophon.test", new Password(PASSWORD), Role.ADMIN, null);
		CookieSession session = signedIn("demoted-admin@colophon.test");
		this.mvc.perform(get("/api/admin/institutions").with(session)).andDo(session).andExpect(status().isOk());

		this.jdbc.update("UPDATE reader SET role = 'READER' WHERE id = ?", admin.getId());

		this.mvc.perform(get("/api/admin/institutions").with(session))
			.andDo(session)
			.andExpect(status().isUnauthorized());
	}

	/**
	 * How many sessions, in Spring Session's table, are signed in as this name.
	 */
	private int sessionsOf(String email) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				email);
	}

	private CookieSession signedIn(String email) throws Exception {
		CookieSession session = new CookieSession();
		this.mvc.perform(formLogin().user(email).password(PASSWORD)).andDo(session).andExpect(authenticated());
		return session;
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

	@Test
	void eachMailedLinkCreatesTheAccountWithThePasswordOfItsOwnSignUp() throws Exception {
		this.mvc.perform(post("/signup").with(csrf())
			.param("email", "twice@colophon.test")
			.param("password", "a stranger's guess at it"));
		this.mvc
			.perform(post("/signup").with(csrf()).param("email", "twice@colophon.test").param("password", PASSWORD));
		MimeMessage[] mails = smtp.getReceivedMessagesForDomain("twice@colophon.test");
		assertThat(mails).hasSize(2);

		this.mvc.perform(post("/signup/confirm").with(csrf()).param("token", tokenIn(mails[1])))
			.andExpect(redirectedUrl("/login?confirmed"));
		this.mvc.perform(post("/signup/confirm").with(csrf()).param("token", tokenIn(mails[0])))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This link does not work")));

		this.mvc.perform(formLogin().user("twice@colophon.test").password("a stranger's guess at it"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("twice@colophon.test").password(PASSWORD))
			.andExpect(authenticated().withUsername("twice@colophon.test"));
	}

	@Test
	void anExpiredOrUnknownLinkCreatesNothing() throws Exception {
		this.mvc.perform(post("/signup").with(csrf()).param("email", "late@colophon.test").param("password", PASSWORD));
		String token = tokenIn(onlyMailTo("late@colophon.test"));
		this.jdbc.update("UPDATE sign_up_request SET expires_at = created_at WHERE email = 'late@colophon.test'");

		this.mvc.perform(post("/signup/confirm").with(csrf()).param("token", token)).andExpect(status().isBadRequest());
		this.mvc.perform(post("/signup/confirm").with(csrf()).param("token", "made-up"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/signup/confirm").param("token", token)).andExpect(status().isForbidden());
		assertThat(this.readers.exists("late@colophon.test")).isFalse();
	}

	@Test
	void anAddressGetsAtMostThreeWaitingMailsHoweverOftenItIsSignedUpWith() throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(
					post("/signup").with(csrf()).param("email", "flooded@colophon.test").param("password", PASSWORD))
				.andExpect(redirectedUrl("/signup/sent"));
		}

		assertThat(smtp.getReceivedMessagesForDomain("flooded@colophon.test")).hasSize(3);
	}

	@Test
	void aSignUpWhoseMailCannotBeSentSaysSoAndKeepsNothing() throws Exception {
		smtp.stop();

		this.mvc
			.perform(post("/signup").with(csrf()).param("email", "unsent@colophon.test").param("password", PASSWORD))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("could not send the e-mail")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"unsent@colophon.test\"")));

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM sign_up_request WHERE email = ?", Long.class,
				"unsent@colophon.test"))
			.isZero();
	}

	@Test
	void aCommonPasswordIsRefusedBesideTheField() throws Exception {
		this.mvc.perform(
				post("/signup").with(csrf()).param("email", "common@colophon.test").param("password", "1QAZ2WSX3EDC"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is one of the most common passwords")));

		assertThat(smtp.getReceivedMessagesForDomain("common@colophon.test")).isEmpty();
	}

	private void signUp(String email) throws Exception {
		this.mvc.perform(post("/signup").with(csrf()).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/signup/sent"));
		this.mvc.perform(post("/signup/confirm").with(csrf()).param("token", tokenIn(onlyMailTo(email))))
			.andExpect(redirectedUrl("/login?confirmed"));
	}

	private static MimeMessage onlyMailTo(String email) {
		MimeMessage[] mails = smtp.getReceivedMessagesForDomain(email);
		assertThat(mails).hasSize(1);
		return mails[0];
	}

	private static String tokenIn(MimeMessage mail) {
		Matcher link = CONFIRM_LINK.matcher(GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", ""));
		assertThat(link.find()).as("a confirmation link in the mail").isTrue();
		return link.group(1);
	}

}
