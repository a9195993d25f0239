package org.colophon.system;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The one page-size limit and the keyset trimming every list shares.
 */
class KeysetPagingTests {

	private final KeysetPaging paging = new KeysetPaging(new PagingProperties(5));

	@Test
	void keepsARequestedSizeBetweenOneAndTheLimit() {
		assertThat(this.paging.size(3)).isEqualTo(3);
		assertThat(this.paging.size(5)).isEqualTo(5);
		assertThat(this.paging.size(6)).isEqualTo(5);
		assertThat(this.paging.size(Integer.MAX_VALUE)).isEqualTo(5);
		assertThat(this.paging.size(0)).isEqualTo(1);
		assertThat(this.paging.size(-7)).isEqualTo(1);
		assertThat(this.paging.limit(50).max()).isEqualTo(5);
	}

	@Test
	void readsOneRowMoreAndMakesTheLastItemShownTheNextCursor() {
		List<Limit> asked = new ArrayList<>();
		KeysetPage<Integer> page = this.paging.page(3, (limit) -> {
			asked.add(limit);
			return rows(1, limit.max());
		}, String::valueOf);
		assertThat(asked).containsExactly(Limit.of(4));
		assertThat(page.items()).containsExactly(1, 2, 3);
		assertThat(page.nextCursor()).isEqualTo("3");
	}

	@Test
	void aPageThatFillsWithoutTheExtraRowIsTheLast() {
		KeysetPage<Integer> page = this.paging.page(3, (limit) -> rows(7, 3), String::valueOf);
		assertThat(page.items()).containsExactly(7, 8, 9);
		assertThat(page.nextCursor()).isNull();
		assertThat(this.paging.page(3, (limit) -> List.<Integer>of(), String::valueOf).items()).isEmpty();
	}

	@Test
	void aSizeAboveTheLimitReadsOnlyOneRowMoreThanTheLimit() {
		List<Limit> asked = new ArrayList<>();
		KeysetPage<Integer> page = this.paging.page(1000, (limit) -> {
			asked.add(limit);
			return rows(1, limit.max());
		}, String::valueOf);
		assertThat(asked).containsExactly(Limit.of(6));
		assertThat(page.items()).hasSize(5);
		assertThat(page.nextCursor()).isEqualTo("5");
	}

	@Test
	void mapsItemsAndKeepsTheCursor() {
		KeysetPage<String> page = new KeysetPage<>(List.of(1, 2), "2").map((item) -> "#" + item);
		assertThat(page.items()).containsExactly("#1", "#2");
		assertThat(page.nextCursor()).isEqualTo("2");
	}

	@Test
	void refusesALimitBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PagingProperties(0))
			.withMessageContaining("colophon.paging.max-page-size");
	}

	private static List<Integer> rows(int first, int count) {
		return IntStream.range(first, first + count).boxed().toList();
	}

}
