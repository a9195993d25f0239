package org.colophon.citation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Over HTTP, a citation in an uncommon style that would need an engine beyond the
 * site-wide allowance is answered at once with 429, while the featured styles (and the
 * chapter page, which shows the default one) are served as ever.
 */
@SpringBootTest(properties = "colophon.citation.style-builds-per-minute=1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CitationLimitIntegrationTests {

	private static final String CHAPTER_PATH = "/chapters/90609dfc5ebe730d"
			+ "/the-great-terror-on-the-local-level-purges-in-moscow-factories-1936-1938";

	@TestBean
	private Clock clock;

	@Autowired
	private MockMvc mvc;

	static Clock clock() {
		// Time stands still, so the allowance cannot refill between two requests.
		return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
	}

	@Test
	void anUncommonStyleBeyondTheAllowanceIsRefusedWith429() throws Exception {
		this.mvc.perform(get(CHAPTER_PATH + "/cite").param("style", "ieee")).andExpect(status().isOk());

		this.mvc.perform(get(CHAPTER_PATH + "/cite").param("style", "nature"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"));
		this.mvc.perform(get(CHAPTER_PATH).header(HttpHeaders.ACCEPT, "text/x-bibliography; style=elsevier-harvard"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"));

		this.mvc.perform(get(CHAPTER_PATH + "/cite").param("style", "ieee")).andExpect(status().isOk());
		this.mvc.perform(get(CHAPTER_PATH + "/cite").param("style", "chicago-author-date")).andExpect(status().isOk());
		this.mvc.perform(get(CHAPTER_PATH)).andExpect(status().isOk());
	}

}
