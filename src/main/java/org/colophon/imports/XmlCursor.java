package org.colophon.imports;

import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the elements of a StAX reader as a tree, and collects the problems found with
 * their lines (at most a hundred).
 */
class XmlCursor {

	private static final int MAX_PROBLEMS = 100;

	private final XMLStreamReader reader;

	private final List<ImportProblem> problems;

	XmlCursor(XMLStreamReader reader, List<ImportProblem> problems) {
		this.reader = reader;
		this.problems = problems;
	}

	/** The local name of the current element. */
	final String name() {
		return this.reader.getLocalName();
	}

	/** The namespace of the current element. */
	final String namespace() {
		return this.reader.getNamespaceURI();
	}

	/** Moves to the root element. */
	final void root() throws XMLStreamException {
		this.reader.nextTag();
	}

	/** Moves to the next child element; false at the end of the current element. */
	final boolean nextChild() throws XMLStreamException {
		while (true) {
			int event = this.reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
	}

	/** The element's text with any markup inside dropped and spaces collapsed. */
	final String text() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = this.reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text.append(this.reader.getText());
			}
		}
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	/** Skips the current element with everything in it. */
	final void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = this.reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	final int line() {
		return this.reader.getLocation().getLineNumber();
	}

	final void problem(int line, String message) {
		if (this.problems.size() < MAX_PROBLEMS) {
			this.problems.add(new ImportProblem(line, message));
		}
	}

	final boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

}
