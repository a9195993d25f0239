package org.colophon.web;

import java.util.List;

import org.colophon.search.SearchSort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search parameters and the addresses built from them.
 */
class SearchFormTests {

	private final SearchForm form = new SearchForm("a&b \"c\"", List.of("Chapter"), null, null, null, null, "date",
			"cursor", null);

	@Test
	void choosesAndLetsGoOfFacetValuesFromPageOne() {
		assertThat(this.form.toggle("/search", "publisher", "Atlas & Sons"))
			.isEqualTo("/search?q=a%26b%20%22c%22&type=Chapter&publisher=Atlas%20%26%20Sons&sort=date");
		assertThat(this.form.toggle("/search", "type", "Chapter")).isEqualTo("/search?q=a%26b%20%22c%22&sort=date");
		assertThat(this.form.toggle("/search", "available", "true"))
			.isEqualTo("/search?q=a%26b%20%22c%22&type=Chapter&available=true&sort=date");
	}

	@Test
	void turnsThePageKeepingEverythingElse() {
		assertThat(this.form.next("/api/search", "n{x}t"))
			.isEqualTo("/api/search?q=a%26b%20%22c%22&type=Chapter&sort=date&after=n%7Bx%7Dt");
	}

	@Test
	void acceptsAnyValueAndFallsBackForWhatItCannotRead() {
		SearchForm odd = new SearchForm(null, null, null, null, null, "maybe", "sideways", null, "many");

		assertThat(odd.toRequest().text()).isEmpty();
		assertThat(odd.toRequest().availableToMe()).isFalse();
		assertThat(odd.toRequest().sort()).isEqualTo(SearchSort.RELEVANCE);
		assertThat(odd.toRequest().size()).isEqualTo(SearchForm.PAGE_SIZE);
		assertThat(odd.url("/search")).isEqualTo("/search?size=many");
	}

}
