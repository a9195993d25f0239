package org.colophon.system;

import java.util.List;
import java.util.function.Function;

/**
 * One keyset page of a list: the items and the cursor that resumes after them,
 * {@code null} on the last page.
 */
public record KeysetPage<T>(List<T> items, String nextCursor) {

	public KeysetPage {
		items = List.copyOf(items);
	}

	/**
	 * The same page with each item mapped, for a service that reads entities and returns
	 * records.
	 */
	public <R> KeysetPage<R> map(Function<? super T, ? extends R> mapper) {
		return new KeysetPage<>(this.items.stream().<R>map(mapper).toList(), this.nextCursor);
	}

}
