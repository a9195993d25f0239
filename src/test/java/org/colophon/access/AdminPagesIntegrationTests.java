package org.colophon.access;

import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.colophon.account.Role;
import org.colophon.catalogue.BookDetails;
import org.colophon.catalogue.CatalogueFixtures;
import org.colophon.catalogue.CatalogueService;
import org.colophon.catalogue.StoreOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform admin's pages over the real services: what they change takes effect in the
 * access decision, bad input is answered beside its field with the admin API's rules and
 * nothing is saved, and only admins reach them, with a CSRF token.
 */
@SpringBootTest(properties = { "colophon.admin.email=admin@colophon.test",
		"colophon.admin.password=correct horse battery staple" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdminPagesIntegrationTests {

	static final String PASSWORD = "correct horse battery staple";

	static final RequestPostProcessor ADMIN = httpBasic("admin@colophon.test", PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminService admin;

	@Autowired
	AccessService access;

	@Autowired
	CatalogueService catalogue;

	@Test
	void anEntitlementGrantedOnThePageOpensTheChapterToTheInstitutionUntilItIsRevoked() throws Exception {
		StoreOutcome book = book();
		long institution = this.admin.createInstitution("Granting University " + UUID.randomUUID(), List.of()).getId();
		Viewer onCampus = new Viewer(null, InetAddress.getByName("198.51.100.77"));
		assertThat(decision(book, onCampus).granted()).isFalse();

		this.mvc
			.perform(post("/admin/institutions/" + institution + "/ranges").with(ADMIN)
				.with(csrf())
				.param("range", "198.51.100.0/24"))
			.andExpect(redirectedUrl("/admin/institutions/" + institution))
			.andExpect(flash().attribute("notice", "admin.institution.range.added"));
		this.mvc
			.perform(post("/admin/institutions/" + institution + "/entitlements").with(ADMIN)
				.with(csrf())
				.param("publicationId", book.bookId())
				.param("startsOn", "2020-01-01")
				.param("endsOn", ""))
			.andExpect(redirectedUrl("/admin/institutions/" + institution))
			.andExpect(flash().attribute("notice", "admin.institution.entitlement.granted"));

		AccessDecision granted = decision(book, onCampus);
		assertThat(granted.granted()).isTrue();
		assertThat(granted.basis()).isEqualTo(AccessBasis.INSTITUTION);
		Document page = page("/admin/institutions/" + institution);
		assertThat(page.select(".ranges code").eachText()).containsExactly("198.51.100.0/24");
		Element row = page.select("table.entitlements tbody tr").first();
		assertThat(row.text()).contains(book.bookId(), "Admin Pages Book", "2020-01-01", "open");

		this.mvc.perform(post(row.select("form").attr("action")).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/institutions/" + institution))
			.andExpect(flash().attribute("notice", "admin.institution.entitlement.revoked"));
		assertThat(decision(book, onCampus).granted()).isFalse();
		assertThat(page("/admin/institutions/" + institution).select("table.entitlements")).isEmpty();
	}

	@Test
	void aPublicationIsGrantedByItsDoiAndARemovedRangeNoLongerRecognisesTheCampus() throws Exception {
		StoreOutcome book = book();
		long institution = this.admin.createInstitution("Doi College " + UUID.randomUUID(), List.of("203.0.113.0/24"))
			.getId();
		String doi = this.catalogue.book(book.bookId()).details().doi();
		this.mvc
			.perform(post("/admin/institutions/" + institution + "/entitlements").with(ADMIN)
				.with(csrf())
				.param("publicationId", "https://doi.org/" + doi))
			.andExpect(redirectedUrl("/admin/institutions/" + institution));
		Viewer onCampus = new Viewer(null, InetAddress.getByName("203.0.113.9"));
		assertThat(decision(book, onCampus).granted()).isTrue();

		this.mvc
			.perform(post("/admin/institutions/" + institution + "/ranges/remove").with(ADMIN)
				.with(csrf())
				.param("range", "203.0.113.0/24"))
			.andExpect(redirectedUrl("/admin/institutions/" + institution));
		assertThat(decision(book, onCampus).granted()).isFalse();
		this.mvc
			.perform(post("/admin/institutions/" + institution + "/ranges/remove").with(ADMIN)
				.with(csrf())
				.param("range", "203.0.113.0/24"))
			.andExpect(status().isNotFound());
	}

	@Test
	void badEntitlementsAndRangesAreAnsweredBesideTheirFieldsAndNothingIsSaved() throws Exception {
		StoreOutcome book = book();
		long institution = this.admin
			.createInstitution("Careful Institute " + UUID.randomUUID(), List.of("192.0.2.0/26"))
			.getId();
		String path = "/admin/institutions/" + institution;

		Document reversed = form(post(path + "/entitlements").param("publicationId", book.bookId())
			.param("startsOn", "2026-12-31")
			.param("endsOn", "2026-01-01"));
		assertThat(reversed.select("#endsOn-error").text()).isEqualTo("must not be before startsOn");
		assertThat(reversed.select("#endsOn").attr("aria-invalid")).isEqualTo("true");
		assertThat(reversed.select("#endsOn").attr("aria-describedby")).contains("endsOn-error");
		assertThat(reversed.select(".error-summary a[href=#endsOn]").text())
			.isEqualTo("Ends on: must not be before startsOn");
		assertThat(reversed.select("#publicationId").val()).isEqualTo(book.bookId());

		Document unknown = form(post(path + "/entitlements").param("publicationId", "no-such-book"));
		assertThat(unknown.select("#publicationId-error").text()).isEqualTo("no publication with id no-such-book");
		Document blank = form(post(path + "/entitlements").param("publicationId", " "));
		assertThat(blank.select("#publicationId-error").text()).isEqualTo("must not be blank");
		Document badDate = form(
				post(path + "/entitlements").param("publicationId", book.bookId()).param("startsOn", "2026-02-30"));
		assertThat(badDate.select("#startsOn-error").text()).isEqualTo("must be a date written as YYYY-MM-DD");

		Document hostBits = form(post(path + "/ranges").param("range", "10.1.2.3/8"));
		assertThat(hostBits.select("#range-error").text()).contains("10.1.2.3/8", "host bits");
		Document twice = form(post(path + "/ranges").param("range", "192.0.2.0/26"));
		assertThat(twice.select("#range-error").text()).contains("already");
		Document everything = form(post(path + "/ranges").param("range", "::ffff:0:0/96"));
		assertThat(everything.select("#range-error").text()).isNotEmpty();

		assertThat(this.admin.entitlementsOf(institution, null, 10).items()).isEmpty();
		assertThat(this.admin.institution(institution).ipRanges()).containsExactly("192.0.2.0/26");
		this.mvc.perform(get("/admin/institutions/" + Long.MAX_VALUE).with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void entitlementsAreListedInKeysetPages() throws Exception {
		StoreOutcome book = book();
		long institution = this.admin.createInstitution("Paging Library " + UUID.randomUUID(), List.of()).getId();
		List<Long> granted = new ArrayList<>();
		for (int i = 0; i < AdminPageController.PAGE + 2; i++) {
			granted.add(this.admin.grant(institution, book.bookId(), LocalDate.of(2000 + i, 1, 1), null).getId());
		}
		try {
			Document first = page("/admin/institutions/" + institution);
			assertThat(first.select("table.entitlements tbody tr")).hasSize(AdminPageController.PAGE);
			String next = first.select("a:contains(More entitlements)").attr("href");
			Document second = page(next);
			assertThat(second.select("table.entitlements tbody tr")).hasSize(2);
			assertThat(second.select("table.entitlements tbody tr").last().text()).contains("2051-01-01");
			assertThat(second.select("a:contains(More entitlements)")).isEmpty();
		}
		finally {
			// The admin API's first page of entitlements, which other tests of this
			// context read, is left as it was.
			granted.forEach(this.admin::deleteEntitlement);
		}
	}

	@Test
	void theAccessModelAndPriceSetOnThePageDecideAndOfferAccess() throws Exception {
		StoreOutcome book = book();
		Viewer anyone = new Viewer(null, InetAddress.getByName("192.0.2.250"));
		String doi = this.catalogue.book(book.bookId()).details().doi();
		this.mvc.perform(get("/admin/publications").with(ADMIN).param("q", doi))
			.andExpect(redirectedUrl("/admin/publications/" + book.bookId()));
		Document notFound = page("/admin/publications?q=10.5555/nothing-here");
		assertThat(notFound.select("#q-error").text()).isEqualTo("No publication has that id, DOI or ISBN.");
		assertThat(notFound.select("#q").attr("aria-invalid")).isEqualTo("true");

		String path = "/admin/publications/" + book.bookId();
		assertThat(page(path).select(".current-model").text()).isEqualTo("as each chapter's source says (not set)");
		this.mvc
			.perform(post(path + "/price").with(ADMIN).with(csrf()).param("amount", "25.00").param("currency", "GBP"))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("notice", "admin.publication.price.changed"));
		assertThat(decision(book, anyone).options()).anySatisfy((option) -> {
			assertThat(option.kind()).isEqualTo(AccessOptionKind.PURCHASE);
			assertThat(option.price()).isEqualByComparingTo("25.00");
			assertThat(option.currency()).isEqualTo("GBP");
		});

		this.mvc
			.perform(post(path + "/access-model").with(ADMIN)
				.with(csrf())
				.param("model", "OPEN_ACCESS")
				.param("licence", "CC BY 4.0"))
			.andExpect(redirectedUrl(path));
		AccessDecision open = decision(book, anyone);
		assertThat(open.basis()).isEqualTo(AccessBasis.OPEN_ACCESS);
		assertThat(open.licence()).isEqualTo("CC BY 4.0");
		Document shown = page(path);
		assertThat(shown.select(".current-model").text()).isEqualTo("Open access (under a licence), CC BY 4.0");
		assertThat(shown.select(".current-price").text()).isEqualTo("25.00 GBP");
		assertThat(shown.select("input[name=model][value=OPEN_ACCESS]").hasAttr("checked")).isTrue();
	}

	@Test
	void badPricesAndModelsAreRefusedWithTheApisMessages() throws Exception {
		StoreOutcome book = book();
		String path = "/admin/publications/" + book.bookId();
		Document refused = form(post(path + "/price").param("amount", "25.001").param("currency", "gbp"));
		assertThat(refused.select("#amount-error").text())
			.isEqualTo("must be a positive amount with at most two decimals");
		assertThat(refused.select("#currency-error").text()).isEqualTo("must be an ISO 4217 currency code");
		assertThat(refused.select(".error-summary li")).hasSize(2);
		Document notANumber = form(post(path + "/price").param("amount", "lots").param("currency", "EUR"));
		assertThat(notANumber.select("#amount-error").text()).isEqualTo("must be an amount such as 25.00");
		Document noModel = form(post(path + "/access-model").param("model", "GRATIS"));
		assertThat(noModel.select("#model-error").text()).isNotEmpty();
		Document missing = form(post(path + "/access-model"));
		assertThat(missing.select("#model-error").text()).isEqualTo("must be one of OPEN_ACCESS, FREE, RESTRICTED");

		Document shown = page(path);
		assertThat(shown.select(".current-price").text()).isEqualTo("not for sale");
		assertThat(shown.select(".current-model").text()).isEqualTo("as each chapter's source says (not set)");
		this.mvc.perform(get("/admin/publications/no-such-book").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void readersAreFoundByTheirAddressAndMadeAdministratorsOfAnInstitution() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String email = "find-" + tag + "@colophon.test";
		long reader = this.admin.createReader(email, PASSWORD, null, Role.READER).getId();
		this.admin.createReader("other-" + tag + "@colophon.test", PASSWORD, null, Role.READER);
		long institution = this.admin.createInstitution("Role University " + tag, List.of()).getId();

		Document found = page("/admin/readers?email=FIND-" + tag);
		assertThat(found.select("table.readers tbody tr")).hasSize(1);
		assertThat(found.select("table.readers tbody tr a").first().text()).isEqualTo(email);
		assertThat(page("/admin/readers?email=find_" + tag).select("table.readers")).isEmpty();

		this.mvc.perform(get("/institution").with(httpBasic(email, PASSWORD))).andExpect(status().isForbidden());
		Document unknown = form(post("/admin/readers/" + reader + "/role").param("role", "INSTITUTION_ADMIN")
			.param("institutionId", ""));
		assertThat(unknown.select("#institutionId-error").text())
			.isEqualTo("an institution administrator needs an institution");
		this.mvc
			.perform(post("/admin/readers/" + reader + "/role").with(ADMIN)
				.with(csrf())
				.param("role", "INSTITUTION_ADMIN")
				.param("institutionId", Long.toString(institution)))
			.andExpect(redirectedUrl("/admin/readers/" + reader))
			.andExpect(flash().attribute("notice", "admin.reader.role.changed"));
		assertThat(page("/admin/readers/" + reader).select(".role").text()).isEqualTo("Institution administrator");
		assertThat(Jsoup
			.parse(this.mvc.perform(get("/institution").with(httpBasic(email, PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("h1")
			.text()).isEqualTo("Role University " + tag);

		this.mvc.perform(post("/admin/readers/" + reader + "/delete").with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/readers"));
		this.mvc.perform(get("/admin/readers/" + reader).with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(get("/institution").with(httpBasic(email, PASSWORD))).andExpect(status().isUnauthorized());
	}

	@Test
	void anAdminCannotDemoteOrDeleteTheirOwnAccountOnThePages() throws Exception {
		String email = "self-" + UUID.randomUUID() + "@colophon.test";
		long self = this.admin.createReader(email, PASSWORD, null, Role.ADMIN).getId();
		RequestPostProcessor asSelf = httpBasic(email, PASSWORD);

		Document own = Jsoup.parse(this.mvc.perform(get("/admin/readers/" + self).with(asSelf))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(own.select(".own-account").text()).startsWith("This is your own account");
		assertThat(own.select("form[action$=/delete]")).isEmpty();
		Document refused = Jsoup.parse(this.mvc
			.perform(post("/admin/readers/" + self + "/role").with(asSelf).with(csrf()).param("role", "READER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#role-error").text()).isEqualTo("cannot be changed on your own account");
		this.mvc.perform(post("/admin/readers/" + self + "/delete").with(asSelf).with(csrf()))
			.andExpect(redirectedUrl("/admin/readers/" + self))
			.andExpect(flash().attribute("refusal", "admin.reader.own"));
		assertThat(page("/admin/readers/" + self).select(".role").text()).isEqualTo("Platform administrator");
		assertThat(page("/admin/readers/" + self).select("form[action$=/delete]")).hasSize(1);
	}

	@Test
	void aReaderAccountIsCreatedWithTheApisRules() throws Exception {
		String email = "created-" + UUID.randomUUID() + "@colophon.test";
		MvcResult created = this.mvc
			.perform(post("/admin/readers").with(ADMIN)
				.with(csrf())
				.param("email", email)
				.param("password", PASSWORD)
				.param("role", "READER")
				.param("institutionId", ""))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(page(created.getResponse().getRedirectedUrl()).select("h1").text()).isEqualTo("Reader: " + email);

		Document taken = form(
				post("/admin/readers").param("email", email).param("password", PASSWORD).param("role", "READER"));
		assertThat(taken.select("#email-error").text()).isNotEmpty();
		Document weak = form(post("/admin/readers").param("email", "weak-" + email)
			.param("password", "short")
			.param("role", "READER"));
		assertThat(weak.select("#password-error").text()).isEqualTo("must have at least 12 characters");
		assertThat(weak.select("#email").val()).isEqualTo("weak-" + email);
		Document unreadable = form(post("/admin/readers").param("email", "weak-" + email)
			.param("password", PASSWORD)
			.param("role", "READER")
			.param("institutionId", "twelve"));
		assertThat(unreadable.select("#institutionId-error").text()).isEqualTo("must be a whole number");
		assertThat(unreadable.select("#email").val()).isEqualTo("weak-" + email);
		assertThat(page("/admin/readers?email=weak-" + email).select("table.readers")).isEmpty();
	}

	@Test
	void everyAdminPageIsForPlatformAdminsOnly() throws Exception {
		long institution = this.admin.createInstitution("Guarded " + UUID.randomUUID(), List.of()).getId();
		String librarian = "librarian-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(librarian, PASSWORD, institution, Role.INSTITUTION_ADMIN);
		String reader = "reader-" + UUID.randomUUID() + "@colophon.test";
		this.admin.createReader(reader, PASSWORD, null, Role.READER);
		StoreOutcome book = book();
		List<String> pages = List.of("/admin", "/admin/institutions", "/admin/institutions/" + institution,
				"/admin/readers", "/admin/publications", "/admin/publications/" + book.bookId());
		for (String path : pages) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(path).with(httpBasic(reader, PASSWORD))).andExpect(status().isForbidden());
			this.mvc.perform(get(path).with(httpBasic(librarian, PASSWORD))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/admin").with(ADMIN)).andExpect(redirectedUrl("/admin/institutions"));

		this.mvc
			.perform(post("/admin/institutions/" + institution + "/ranges").with(httpBasic(librarian, PASSWORD))
				.with(csrf())
				.param("range", "192.0.2.0/24"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/publications/" + book.bookId() + "/price").with(httpBasic(reader, PASSWORD))
				.with(csrf())
				.param("amount", "1.00")
				.param("currency", "EUR"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/institutions/" + institution + "/ranges").with(ADMIN).param("range", "192.0.2.0/24"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/publications/" + book.bookId() + "/price").with(ADMIN)
				.param("amount", "1.00")
				.param("currency", "EUR"))
			.andExpect(status().isForbidden());
		assertThat(this.admin.institution(institution).ipRanges()).isEmpty();
		assertThat(this.admin.publicationSettings(book.bookId()).price()).isNull();
	}

	@Test
	void everyAdminPageHasTheAdminNavigationWithTheCurrentPageMarked() throws Exception {
		Document readers = page("/admin/readers");
		assertThat(readers.select("nav.admin-nav a").eachText()).containsExactly("Institutions", "Readers",
				"Prices and access models");
		assertThat(readers.select("nav.admin-nav a[aria-current=page]").text()).isEqualTo("Readers");
		assertThat(page("/admin/institutions").select("nav.admin-nav a[aria-current=page]").text())
			.isEqualTo("Institutions");
		assertThat(page("/admin/publications").select("nav.admin-nav a[aria-current=page]").text())
			.isEqualTo("Prices and access models");
	}

	private AccessDecision decision(StoreOutcome book, Viewer viewer) {
		return this.access.decide(this.catalogue.chapter(book.chapterId()), viewer);
	}

	private StoreOutcome book() {
		String tag = UUID.randomUUID().toString();
		return this.catalogue.store(
				"admin-pages-" + tag, "h", new BookDetails("Admin Pages Book " + tag, null, "Admin Press", 2024,
						"10.5555/admin-" + tag, null, null),
				List.of(), CatalogueFixtures.chapter("1", "Restricted Chapter " + tag, "1"));
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * Posts a form as the admin, expecting the page again with the errors.
	 */
	private Document form(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
