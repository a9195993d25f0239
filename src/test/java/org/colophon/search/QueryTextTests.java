package org.colophon.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader typed, made fit to search for.
 */
class QueryTextTests {

	@Test
	void keepsAnOrdinaryQueryAsTyped() {
		QueryText query = QueryText.of("  \"great terror\" -purges  ", 500, 32);

		assertThat(query.text()).isEqualTo("\"great terror\" -purges");
		assertThat(query.searchable()).isTrue();
		assertThat(query.notices()).isEmpty();
		assertThat(query.words()).isEqualTo("great terror purges");
	}

	@Test
	void readsTheOperatorsOfOtherCatalogues() {
		assertThat(QueryText.of("terror OR purge NOT moscow AND factory", 500, 32).text())
			.isEqualTo("terror | purge -moscow + factory");
		assertThat(QueryText.of("oregon and orchards", 500, 32).text()).isEqualTo("oregon and orchards");
	}

	@Test
	void cutsLongQueriesAndSaysSo() {
		QueryText longQuery = QueryText.of("x".repeat(2000), 500, 32);
		assertThat(longQuery.text()).hasSize(500);
		assertThat(longQuery.notices()).containsExactly(QueryText.NOTICE_SHORTENED);

		QueryText wordy = QueryText.of("word ".repeat(40), 500, 32);
		assertThat(wordy.text().split(" ")).hasSize(32);
		assertThat(wordy.notices()).containsExactly(QueryText.NOTICE_TOO_MANY_WORDS);
	}

	@Test
	void tellsAnEmptyQueryFromOneWithoutWords() {
		assertThat(QueryText.of(null, 500, 32).notices()).containsExactly(QueryText.NOTICE_EMPTY);
		assertThat(QueryText.of(" \t ", 500, 32).notices()).containsExactly(QueryText.NOTICE_EMPTY);
		for (String punctuation : new String[] { "*", "~~", "!!! ???", "title:(" }) {
			QueryText query = QueryText.of(punctuation, 500, 32);
			assertThat(query.searchable()).as(punctuation).isEqualTo(punctuation.equals("title:("));
		}
		assertThat(QueryText.of("a\u0000b\uE000", 500, 32).text()).isEqualTo("a b");
	}

}
