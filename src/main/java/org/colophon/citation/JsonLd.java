package org.colophon.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.colophon.catalogue.BookInfo;
import org.colophon.catalogue.ChapterDetails;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.catalogue.Contributor;
import org.colophon.catalogue.ContributorRole;

/**
 * Describes a chapter in schema.org terms: a {@code Chapter} that is part of a
 * {@code Book}.
 */
final class JsonLd {

	private JsonLd() {
	}

	static Map<String, Object> of(ChapterInfo chapter, String canonicalUrl, String bookUrl) {
		ChapterDetails details = chapter.details();
		BookInfo book = chapter.book();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "Chapter");
		json.put("@id", canonicalUrl);
		json.put("url", canonicalUrl);
		json.put("name", details.title());
		if (chapter.doi() != null) {
			json.put("identifier", doi(chapter.doi()));
			json.put("sameAs", chapter.doiUrl());
		}
		put(json, "position", details.label());
		put(json, "pageStart", details.firstPage());
		put(json, "pageEnd", details.lastPage());
		List<Map<String, Object>> authors = details.contributors()
			.stream()
			.filter(Contributor::isAuthor)
			.map(JsonLd::person)
			.toList();
		if (!authors.isEmpty()) {
			json.put("author", authors);
		}
		for (ContributorRole role : ContributorRole.values()) {
			List<Map<String, Object>> people = details.contributors()
				.stream()
				.filter((contributor) -> contributor.is(role))
				.map(JsonLd::person)
				.toList();
			if (!people.isEmpty()) {
				// schema.org names editors and translators; a chair is a contributor
				json.put((role == ContributorRole.CHAIR) ? "contributor" : role.crossrefName(), people);
			}
		}
		if (details.onlinePublicationDate() != null) {
			json.put("datePublished", details.onlinePublicationDate().toString());
		}
		else if (book.printPublicationYear() != null) {
			json.put("datePublished", book.printPublicationYear().toString());
		}
		if (!details.summary().isEmpty()) {
			json.put("abstract", String.join("\n\n", details.summary()));
		}
		if (book.publisher() != null) {
			json.put("publisher", organization(book.publisher()));
		}
		Map<String, Object> partOf = new LinkedHashMap<>();
		partOf.put("@type", "Book");
		partOf.put("@id", bookUrl);
		partOf.put("url", bookUrl);
		put(partOf, "name", book.details().fullTitle());
		List<String> isbns = Stream.of(book.printIsbn(), book.onlineIsbn()).filter(Objects::nonNull).toList();
		if (!isbns.isEmpty()) {
			partOf.put("isbn", (isbns.size() == 1) ? isbns.get(0) : isbns);
		}
		if (book.doi() != null) {
			partOf.put("identifier", doi(book.doi()));
			partOf.put("sameAs", book.doiUrl());
		}
		if (book.publisher() != null) {
			partOf.put("publisher", organization(book.publisher()));
		}
		if (book.printPublicationYear() != null) {
			partOf.put("datePublished", book.printPublicationYear().toString());
		}
		json.put("isPartOf", partOf);
		return json;
	}

	private static Map<String, Object> doi(String doi) {
		Map<String, Object> identifier = new LinkedHashMap<>();
		identifier.put("@type", "PropertyValue");
		identifier.put("propertyID", "DOI");
		identifier.put("value", doi);
		return identifier;
	}

	private static Map<String, Object> person(Contributor contributor) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("@type", "Person");
		if (contributor.orcid() != null) {
			person.put("@id", contributor.orcid());
			person.put("sameAs", contributor.orcid());
		}
		person.put("name", contributor.name());
		if (contributor.affiliation() != null) {
			person.put("affiliation", List.of(organization(contributor.affiliation())));
		}
		return person;
	}

	private static Map<String, Object> organization(String name) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", name);
		return organization;
	}

	private static void put(Map<String, Object> json, String key, String value) {
		if (value != null && !value.isBlank()) {
			json.put(key, value);
		}
	}

}
