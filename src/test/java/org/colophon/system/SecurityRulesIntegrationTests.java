package org.colophon.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules each module contributes to the one filter chain, at least one test per
 * module, so that a module whose {@link SecurityRules} go missing fails here; and the
 * site's own defaults, which follow them.
 */
@SpringBootTest(properties = { "colophon.seeds.load-on-startup=false", "colophon.delivery.dropbox.client-id=app",
		"colophon.delivery.dropbox.client-secret=secret" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityRulesIntegrationTests {

	private static final String BASIC_CHALLENGE = "Basic realm=\"Colophon\"";

	@Autowired
	private MockMvc mvc;

	@Test
	void adminApiIsForAdminsAndChallengesForBasicCredentials() throws Exception {
		this.mvc.perform(get("/api/admin/institutions"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE));
		this.mvc.perform(get("/api/admin/institutions").with(user("reader@colophon.test").roles("READER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/admin/institutions").with(user("admin@colophon.test").roles("ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void savingAndDeliveryPagesSendAnonymousReadersToTheLogInPage() throws Exception {
		this.mvc.perform(get("/deliveries")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/chapters/any/slug/save/kindle").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void savingAndDeliveriesInTheApiChallengeAnonymousCallersForBasicCredentials() throws Exception {
		this.mvc.perform(get("/api/deliveries"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE));
		this.mvc.perform(post("/api/chapters/any/deliveries").with(csrf()).contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void authorisingAProviderSendsTheReaderThereAskingForARefreshToken() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/dropbox").with(user("reader@colophon.test").roles("READER")))
			.andExpect(status().isFound())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("https://www.dropbox.com/oauth2/authorize?")))
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("token_access_type=offline")));
		this.mvc.perform(get("/deliveries/authorised/dropbox")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAnonymousVisitorIsAskedToLogInBeforeBeingSentToAProvider() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/dropbox").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anUnknownProviderIsNotFoundRatherThanAServerError() throws Exception {
		this.mvc
			.perform(get("/oauth2/authorization/nowhere").accept(MediaType.TEXT_HTML)
				.with(user("reader@colophon.test").roles("READER")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/oauth2/authorization/google").accept(MediaType.TEXT_HTML)
				.with(user("reader@colophon.test").roles("READER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void oaiPmhTakesAFormPostWithoutACsrfTokenThoughOtherFormsNeedOne() throws Exception {
		this.mvc.perform(post("/oai").param("verb", "Identify")).andExpect(status().isOk());
		this.mvc.perform(post("/signup").param("email", "csrf@colophon.test").param("password", "twelve chars or more"))
			.andExpect(status().isForbidden());
	}

	@Test
	void ingestReportIsForAdminsAndChallengesForBasicCredentials() throws Exception {
		this.mvc.perform(get("/actuator/ingest"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE));
		this.mvc.perform(get("/actuator/ingest").with(user("reader@colophon.test").roles("READER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/ingest").with(user("admin@colophon.test").roles("ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void institutionListsAndRecordsChallengeAnonymousCallersAndRefuseReaders() throws Exception {
		for (String path : new String[] { "/kbart/institutions/1.txt", "/marc/institutions/1.xml" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE));
			this.mvc.perform(get(path).with(user("reader@colophon.test").roles("READER")))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/kbart/all.txt")).andExpect(status().isOk());
	}

	@Test
	void otherActuatorEndpointsButHealthAreForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator").with(user("reader@colophon.test").roles("READER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator").with(user("admin@colophon.test").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void everythingElseIsOpenToEveryone() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/robots.txt")).andExpect(status().isOk());
	}

}
