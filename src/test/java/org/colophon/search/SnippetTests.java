package org.colophon.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Highlighter output split into matches and the rest, and written as safe HTML.
 */
class SnippetTests {

	@Test
	void splitsMarkedTextIntoMatchesAndTheRest() {
		Snippet snippet = Snippet.parse("The \uE000Great\uE001 Terror and \uE000purges\uE001");

		assertThat(snippet.parts()).containsExactly(new Snippet.Part("The ", false), new Snippet.Part("Great", true),
				new Snippet.Part(" Terror and ", false), new Snippet.Part("purges", true));
		assertThat(snippet.matched()).isTrue();
		assertThat(snippet.text()).isEqualTo("The Great Terror and purges");
	}

	@Test
	void escapesEveryPartBeforeMarkingMatches() {
		Snippet snippet = Snippet.parse("<script>alert(1)</script> \uE000<b>bold</b>\uE001 & \"quotes\"");

		assertThat(snippet.html()).isEqualTo(
				"&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;bold&lt;/b&gt;</mark> &amp; &quot;quotes&quot;");
	}

	@Test
	void survivesUnbalancedMarks() {
		assertThat(Snippet.parse("a \uE000b").parts()).containsExactly(new Snippet.Part("a ", false),
				new Snippet.Part("b", true));
		assertThat(Snippet.parse("a\uE001 b").text()).isEqualTo("a b");
		assertThat(Snippet.plain(null).parts()).isEmpty();
	}

}
