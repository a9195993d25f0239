package org.colophon.citation;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON writer of the citation module, and the escaping that lets JSON sit inside
 * HTML.
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * JSON that can be placed in a {@code <script>} data block: {@code <}, {@code >} and
	 * {@code &} can only occur inside JSON strings, where their {@code \\u} escapes mean
	 * the same, so no {@code </script>} or {@code <!--} can end the block early.
	 */
	static String forScript(Object value) {
		return write(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
