package org.colophon.citation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import org.colophon.SettableClock;
import org.colophon.citation.FakeEngines.HeldBuild;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * How engines are built and kept: each style on its own, the featured ones never pushed
 * out, and builds of other styles within a site-wide allowance. The engines are doubles,
 * so a build can be held while other requests go on.
 */
class CslFormatterTests {

	private static final CSLItemData ITEM = new CSLItemDataBuilder().id("c1")
		.title("A Chapter")
		.URL("https://colophon.example/chapters/c1/a-chapter")
		.build();

	/**
	 * Only a guard against a test that would otherwise wait forever on a lock; nothing
	 * here depends on how fast anything runs.
	 */
	private static final Duration DEADLOCK_GUARD = Duration.ofSeconds(30);

	private static final StyleIndex STYLES = new StyleIndex();

	private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final FakeEngines engines = new FakeEngines();

	@Test
	void theDefaultStyleIsFormattedWhileAnotherStylesEngineIsBeingBuilt() throws Exception {
		CslFormatter formatter = formatter(20);
		HeldBuild ieee = this.engines.hold("ieee");
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<String> held = executor.submit(() -> formatter.format(ITEM, "ieee", "en-US"));
			assertThat(ieee.started().await(DEADLOCK_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();

			String apa = assertTimeoutPreemptively(DEADLOCK_GUARD, () -> formatter.format(ITEM, "apa", "en-US"),
					"the default style waited for another style's build");
			String nature = assertTimeoutPreemptively(DEADLOCK_GUARD, () -> formatter.format(ITEM, "nature", "en-US"),
					"a style waited for another style's build");

			assertThat(apa).isEqualTo(FakeEngines.text("apa", "en-US", ITEM));
			assertThat(nature).isEqualTo(FakeEngines.text("nature", "en-US", ITEM));
			assertThat(held).isNotDone();
			ieee.release().countDown();
			assertThat(held.get(DEADLOCK_GUARD.toSeconds(), TimeUnit.SECONDS))
				.isEqualTo(FakeEngines.text("ieee", "en-US", ITEM));
		}
		finally {
			ieee.release().countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void eachEngineIsBuiltOnceAndKept() {
		CslFormatter formatter = formatter(20);

		formatter.format(ITEM, "apa", "en-US");
		formatter.format(ITEM, "apa", "en-US");
		formatter.format(ITEM, "ieee", "en-US");
		formatter.format(ITEM, "ieee", "en-US");

		assertThat(this.engines.builds("apa", "en-US")).isOne();
		assertThat(this.engines.builds("ieee", "en-US")).isOne();
		assertThat(this.engines.formats("ieee", "en-US")).isEqualTo(2);
	}

	@Test
	void otherStylesNeverPushTheFeaturedEnginesOut() {
		CslFormatter formatter = formatter(1_000);
		CitationService.FEATURED_STYLES.forEach((style) -> formatter.format(ITEM, style, "en-US"));

		otherStyles(CslFormatter.MAX_OTHER_ENGINES * 2).forEach((style) -> formatter.format(ITEM, style, "en-US"));
		CitationService.FEATURED_STYLES.forEach((style) -> formatter.format(ITEM, style, "en-US"));

		CitationService.FEATURED_STYLES
			.forEach((style) -> assertThat(this.engines.builds(style, "en-US")).as(style).isOne());
	}

	@Test
	void refusesBuildsOfOtherStylesBeyondTheAllowanceUntilTimeRefillsIt() {
		CslFormatter formatter = formatter(2);
		formatter.format(ITEM, "ieee", "en-US");
		formatter.format(ITEM, "nature", "en-US");

		TooManyStylesException refusal = catchThrowableOfType(TooManyStylesException.class,
				() -> formatter.format(ITEM, "elsevier-harvard", "en-US"));

		assertThat(refusal).isNotNull();
		assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refusal.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		// A featured style in another locale needs an engine of its own, so it counts
		// too.
		assertThat(catchThrowableOfType(TooManyStylesException.class, () -> formatter.format(ITEM, "apa", "de-DE")))
			.isNotNull();
		assertThat(formatter.format(ITEM, "apa", "en-US")).isEqualTo(FakeEngines.text("apa", "en-US", ITEM));
		assertThat(formatter.format(ITEM, "ieee", "en-US")).isEqualTo(FakeEngines.text("ieee", "en-US", ITEM));
		assertThat(this.engines.builds("elsevier-harvard", "en-US")).isZero();

		this.clock.advance(Duration.ofSeconds(30));

		assertThat(formatter.format(ITEM, "elsevier-harvard", "en-US"))
			.isEqualTo(FakeEngines.text("elsevier-harvard", "en-US", ITEM));
		assertThat(this.engines.builds("ieee", "en-US")).isOne();
	}

	@Test
	void formatsWithTheParentOfADependentStyleWithoutAnotherBuild() {
		CslFormatter formatter = formatter(1);
		String dependent = STYLES.search("molecular and cellular cardiology", 1).get(0).id();
		String parent = STYLES.independentStyle(dependent).orElseThrow();

		formatter.format(ITEM, parent, "en-US");

		assertThat(formatter.format(ITEM, dependent, "en-US")).isEqualTo(FakeEngines.text(parent, "en-US", ITEM));
		assertThat(this.engines.builds(parent, "en-US")).isOne();
	}

	private CslFormatter formatter(int buildsPerMinute) {
		return new CslFormatter(STYLES, new StyleBuildLimit(new CitationProperties(buildsPerMinute), this.clock),
				this.engines);
	}

	private static List<String> otherStyles(int count) {
		return STYLES.all()
			.stream()
			.map(CitationStyle::id)
			.filter((id) -> STYLES.independentStyle(id).equals(Optional.of(id)))
			.filter((id) -> !CitationService.FEATURED_STYLES.contains(id))
			.limit(count)
			.toList();
	}

	/**
	 * A clock that stands still until a test moves it.
	 */

}
