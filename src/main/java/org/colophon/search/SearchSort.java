package org.colophon.search;

import java.util.Locale;

/**
 * The orders a result list can be read in.
 */
public enum SearchSort {

	/** Best match first (the default). */
	RELEVANCE,
	/** Most recently published online first. */
	DATE,
	/** By title, A to Z. */
	TITLE;

	/**
	 * The order named in a request parameter, or relevance for anything else.
	 */
	public static SearchSort parse(String name) {
		if (name != null) {
			for (SearchSort sort : values()) {
				if (sort.name().equalsIgnoreCase(name.strip())) {
					return sort;
				}
			}
		}
		return RELEVANCE;
	}

	/** The parameter value of this order. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

}
