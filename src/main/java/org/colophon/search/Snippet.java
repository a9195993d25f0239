package org.colophon.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A piece of indexed text split into the parts that matched the query and those that did
 * not. The highlighter marks matches with two private-use characters instead of HTML
 * tags, so that the text is never parsed as markup: a page writes each part as text, and
 * {@link #html()} escapes every part before adding its own {@code <mark>}.
 */
public record Snippet(List<Part> parts) {

	static final String START = "\uE000";

	static final String END = "\uE001";

	public Snippet {
		parts = List.copyOf(parts);
	}

	/**
	 * The snippet of highlighter output whose matches are between {@link #START} and
	 * {@link #END}.
	 */
	static Snippet parse(String marked) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		while (at < marked.length()) {
			int start = marked.indexOf(START, at);
			if (start < 0) {
				parts.add(new Part(marked.substring(at), false));
				break;
			}
			if (start > at) {
				parts.add(new Part(marked.substring(at, start), false));
			}
			int end = marked.indexOf(END, start + 1);
			if (end < 0) {
				parts.add(new Part(marked.substring(start + 1), true));
				break;
			}
			parts.add(new Part(marked.substring(start + 1, end), true));
			at = end + 1;
		}
		return new Snippet(parts.stream()
			.map((part) -> new Part(part.text().replace(START, "").replace(END, ""), part.match()))
			.filter((part) -> !part.text().isEmpty())
			.toList());
	}

	/** Plain text, for a snippet without any match. */
	static Snippet plain(String text) {
		return new Snippet((text == null || text.isEmpty()) ? List.of() : List.of(new Part(text, false)));
	}

	/** The text with matches in {@code <mark>}, every part HTML-escaped. */
	public String html() {
		StringBuilder html = new StringBuilder();
		for (Part part : this.parts) {
			String text = HtmlUtils.htmlEscape(part.text());
			html.append(part.match() ? "<mark>" + text + "</mark>" : text);
		}
		return html.toString();
	}

	/** The text alone. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	/** Whether any part matched. */
	public boolean matched() {
		return this.parts.stream().anyMatch(Part::match);
	}

	/** A run of text, and whether it matched the query. */
	public record Part(String text, boolean match) {

	}

}
