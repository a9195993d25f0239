package org.colophon.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one limit on lists: the most items any page holds, whatever size a caller asks for,
 * so that no request reads an unbounded number of rows.
 */
@ConfigurationProperties("colophon.paging")
public record PagingProperties(@DefaultValue("100") int maxPageSize) {

	public PagingProperties {
		if (maxPageSize < 1) {
			throw new IllegalArgumentException("colophon.paging.max-page-size must be at least 1, not " + maxPageSize);
		}
	}

}
