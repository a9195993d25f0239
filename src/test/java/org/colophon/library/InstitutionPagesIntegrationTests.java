package org.colophon.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.colophon.access.AdminService;
import org.colophon.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institution administrator's page and the platform admin's institution page over the
 * real services: each library sees its own account only, and asks for range changes that
 * only the platform admin applies.
 */
@SpringBootTest(properties = { "colophon.admin.email=admin@colophon.test",
		"colophon.admin.password=correct horse battery staple" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InstitutionPagesIntegrationTests {

	static final String PASSWORD = "correct horse battery staple";

	static final RequestPostProcessor ADMIN = httpBasic("admin@colophon.test", PASSWORD);

	static final String SEED_BOOK = "6e25aec0667874f0";

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminService admin;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void oneLibrarysAdministratorSeesOnlyItsOwnInstitution() throws Exception {
		long ridgeway = institution("Ridgeway University", "192.0.2.64/26");
		long fenland = institution("Fenland Institute", "198.51.100.64/26");
		this.admin.createEntitlement(ridgeway, null, SEED_BOOK, null, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31));
		String librarian = administrator(ridgeway);
		String other = administrator(fenland);

		Document page = page("/institution", httpBasic(librarian, PASSWORD));
		assertThat(page.select("h1").text()).isEqualTo("Ridgeway University");
		assertThat(page.select(".ranges code").eachText()).containsExactly("192.0.2.64/26");
		assertThat(page.select(".data-table tbody tr td").eachText()).contains("Book", "2026-01-01", "2026-12-31");
		assertThat(page.select("a[href=/kbart/institutions/" + ridgeway + ".txt]")).hasSize(1);
		assertThat(page.select("a[href=/marc/institutions/" + ridgeway + ".mrc?chapters=true]")).hasSize(1);
		assertThat(page.text()).doesNotContain("Fenland", "198.51.100.64/26");

		Document theirs = page("/institution", httpBasic(other, PASSWORD));
		assertThat(theirs.select("h1").text()).isEqualTo("Fenland Institute");
		assertThat(theirs.text()).doesNotContain("Ridgeway", "192.0.2.64/26", "2026-12-31");
		this.mvc.perform(get("/kbart/institutions/" + ridgeway + ".txt").with(httpBasic(other, PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theInstitutionPageShowsItsUsageAndSushiCredentialsAndOnlyItsOwnReportsDownload() throws Exception {
		long ridgeway = institution("Ridgeway Usage", "192.0.2.128/26");
		long fenland = institution("Fenland Usage", "198.51.100.128/26");
		String librarian = administrator(ridgeway);
		String requestorId = this.json
			.readTree(this.mvc
				.perform(post("/api/admin/institutions/" + ridgeway + "/sushi-credentials").with(ADMIN).with(csrf()))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("requestorId")
			.asText();

		Document page = page("/institution", httpBasic(librarian, PASSWORD));
		assertThat(page.select("#usage-heading").text()).isEqualTo("Usage");
		assertThat(page.select("svg[role=img] rect")).hasSize(12);
		assertThat(page.select("section[aria-labelledby=usage-heading] table tbody tr")).hasSize(12);
		assertThat(page.select("section[aria-labelledby=usage-heading] dd code").eachText()).contains(requestorId,
				String.valueOf(ridgeway));
		String tsv = page.select("section[aria-labelledby=usage-heading] a:contains(tab-separated)")
			.first()
			.attr("href");
		assertThat(tsv).startsWith("/counter/institutions/" + ridgeway + "/pr.tsv?begin_date=");

		this.mvc.perform(get(tsv).with(httpBasic(librarian, PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get("/counter/institutions/" + fenland + "/pr.tsv").with(httpBasic(librarian, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/counter/platform/pr.tsv").with(httpBasic(librarian, PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/counter/institutions/" + fenland + "/pr.tsv").with(ADMIN)).andExpect(status().isOk());
	}

	@Test
	void institutionPageIsForInstitutionAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/institution")).andExpect(status().isFound());
		this.mvc.perform(get("/institution").with(ADMIN)).andExpect(status().isForbidden());
		String reader = "reader-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(reader, PASSWORD, null, Role.READER);
		this.mvc.perform(get("/institution").with(httpBasic(reader, PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void aRangeRequestChangesNothingUntilThePlatformAdminAppliesIt() throws Exception {
		long institution = institution("Moorland College", "203.0.113.0/24");
		String librarian = administrator(institution);

		this.mvc
			.perform(post("/institution/range-requests").with(httpBasic(librarian, PASSWORD))
				.param("ranges", "203.0.113.0/24\n2001:db8:77::/48")
				.param("note", "New campus"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/institution/range-requests").with(httpBasic(librarian, PASSWORD))
				.with(csrf())
				.param("ranges", "203.0.113.0/24\n2001:db8:77::/48")
				.param("note", "New campus"))
			.andExpect(redirectedUrl("/institution?requested"));

		Document own = page("/institution", httpBasic(librarian, PASSWORD));
		assertThat(own.select(".ranges code").eachText()).containsExactly("203.0.113.0/24");
		assertThat(own.select(".requests li").text()).contains("203.0.113.0/24, 2001:db8:77::/48 (waiting)");

		Document adminPage = page("/admin/institutions", ADMIN);
		var row = adminPage.select("#pending-heading + table tbody tr")
			.stream()
			.filter((tr) -> tr.text().contains("Moorland College"))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("New campus");
		String apply = row.select("form").first().attr("action");
		this.mvc.perform(post(apply).with(ADMIN).with(csrf())).andExpect(redirectedUrl("/admin/institutions?applied"));

		Document after = page("/institution", httpBasic(librarian, PASSWORD));
		assertThat(after.select(".ranges code").eachText()).containsExactly("203.0.113.0/24", "2001:db8:77::/48");
		assertThat(after.select(".requests li").text()).contains("(applied)");
		this.mvc.perform(post(apply).with(ADMIN).with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void aBadRangeIsAnsweredOnThePageAndNothingIsRequested() throws Exception {
		long institution = institution("Heath Library", "192.0.2.128/25");
		String librarian = administrator(institution);

		String html = this.mvc
			.perform(post("/institution/range-requests").with(httpBasic(librarian, PASSWORD))
				.with(csrf())
				.param("ranges", "10.1.2.3/8")
				.param("note", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select("#ranges-error").text()).startsWith("is not a list of valid address ranges:")
			.contains("10.1.2.3/8");
		assertThat(page.select("#ranges").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select(".requests li")).isEmpty();
	}

	@Test
	void thePlatformAdminAddsInstitutionsAndAdministratorsWithTheApisRules() throws Exception {
		String name = "Brook University " + UUID.randomUUID();
		this.mvc
			.perform(post("/admin/institutions").with(ADMIN)
				.with(csrf())
				.param("name", name)
				.param("ranges", "192.0.2.0/24"))
			.andExpect(redirectedUrl("/admin/institutions?created"));
		Document listed = page("/admin/institutions", ADMIN);
		String id = listed.select("#list-heading + table tbody tr")
			.stream()
			.filter((tr) -> tr.text().contains(name))
			.findFirst()
			.orElseThrow()
			.select("td")
			.first()
			.text();

		Document refused = Jsoup.parse(this.mvc
			.perform(post("/admin/institutions").with(ADMIN).with(csrf()).param("name", " ").param("ranges", "::/0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#name-error").text()).isEqualTo("must not be blank");

		String email = "librarian-" + UUID.randomUUID() + "@colophon.test";
		this.mvc
			.perform(post("/admin/institutions/administrators").with(ADMIN)
				.with(csrf())
				.param("institutionId", id)
				.param("email", email)
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/admin/institutions?granted"));
		assertThat(page("/institution", httpBasic(email, PASSWORD)).select("h1").text()).isEqualTo(name);

		Document unknown = Jsoup.parse(this.mvc
			.perform(post("/admin/institutions/administrators").with(ADMIN)
				.with(csrf())
				.param("institutionId", Long.toString(Long.MAX_VALUE))
				.param("email", "x-" + email)
				.param("password", PASSWORD))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(unknown.select("#institutionId-error").text()).isEqualTo("no institution with id " + Long.MAX_VALUE);
		this.mvc.perform(get("/admin/institutions").with(httpBasic(email, PASSWORD))).andExpect(status().isForbidden());
	}

	Document page(String path, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	long institution(String name, String range) throws Exception {
		String created = this.mvc
			.perform(post("/api/admin/institutions").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("name", name, "ipRanges", List.of(range)))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(created).get("id").asLong();
	}

	String administrator(long institution) {
		String email = "librarian-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(email, PASSWORD, institution, Role.INSTITUTION_ADMIN);
		return email;
	}

}
