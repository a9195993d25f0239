package org.colophon.system;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Keyset paging written once: a requested size is kept within
 * {@code colophon.paging.max-page-size}, and a keyset query reads one row more than the
 * page so that the extra row, never shown, tells whether a next page exists.
 */
@Component
public class KeysetPaging {

	private final int maxPageSize;

	KeysetPaging(PagingProperties properties) {
		this.maxPageSize = properties.maxPageSize();
	}

	/**
	 * The size a caller asked for, kept between one and the largest page.
	 */
	public int size(int requested) {
		return Math.max(1, Math.min(requested, this.maxPageSize));
	}

	/**
	 * A query limit of {@link #size(int) that size}, for a list whose callers page by the
	 * last id they saw and need no cursor.
	 */
	public Limit limit(int requested) {
		return Limit.of(size(requested));
	}

	/**
	 * One keyset page: runs the query for one row more than the page holds and, when that
	 * row comes back, drops it and makes the page's last item the cursor of the next.
	 * @param requested the size the caller asked for
	 * @param query reads the rows after the current cursor, in cursor order, at most as
	 * many as the limit it is given
	 * @param cursor the cursor that resumes after a row
	 */
	public <T> KeysetPage<T> page(int requested, Function<Limit, List<T>> query, Function<? super T, String> cursor) {
		int size = size(requested);
		List<T> rows = query.apply(Limit.of(size + 1));
		if (rows.size() <= size) {
			return new KeysetPage<>(rows, null);
		}
		List<T> page = rows.subList(0, size);
		return new KeysetPage<>(page, cursor.apply(page.get(size - 1)));
	}

}
