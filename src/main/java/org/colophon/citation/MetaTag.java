package org.colophon.citation;

/**
 * One {@code <meta>} element of a landing page; Open Graph tags use the {@code property}
 * attribute, all others {@code name}.
 */
record MetaTag(String name, String content) {

	public MetaTag {
		if (name == null || name.isBlank() || content == null || content.isBlank()) {
			throw new IllegalArgumentException("A meta tag needs a name and content");
		}
	}

	public boolean isProperty() {
		return this.name.startsWith("og:") || this.name.startsWith("article:") || this.name.startsWith("book:");
	}

}
