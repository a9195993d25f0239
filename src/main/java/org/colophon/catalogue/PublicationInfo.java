package org.colophon.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * A publication as read by the other modules, detached from the persistence context.
 */
public record PublicationInfo(String id, BookDetails details, List<String> contents, Instant updatedAt) {

	static PublicationInfo of(Publication publication) {
		return new PublicationInfo(publication.getPublicId(), publication.details(), publication.getContents(),
				publication.getUpdatedAt());
	}

	public String title() {
		return this.details.title();
	}

	public String subtitle() {
		return this.details.subtitle();
	}

	public String publisher() {
		return this.details.publisher();
	}

	public Integer printPublicationYear() {
		return this.details.printPublicationYear();
	}

	public String slug() {
		return Slugs.of(this.details.title());
	}

}
