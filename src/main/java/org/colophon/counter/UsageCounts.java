package org.colophon.counter;

/**
 * The processed counts of one group of usage events in one month: requests after
 * double-click filtering, unique items and unique titles per user session, turnaways for
 * want of a licence, and (platform groups only) searches after double-click filtering.
 *
 * @param bookId the book's public id, empty when the group spans books
 * @param chapterId the chapter's public id, empty when the group spans chapters
 * @param accessType {@code Controlled}, {@code Open} or {@code Free_To_Read}, empty when
 * the group spans them
 */
record UsageCounts(String bookId, String chapterId, String accessType, long totalRequests, long uniqueItemRequests,
		long uniqueTitleRequests, long noLicense, long searches) {

	boolean isEmpty() {
		return this.totalRequests == 0 && this.uniqueItemRequests == 0 && this.uniqueTitleRequests == 0
				&& this.noLicense == 0 && this.searches == 0;
	}

	/** The same counts with the searches of the period. */
	UsageCounts withSearches(long searches) {
		return new UsageCounts(this.bookId, this.chapterId, this.accessType, this.totalRequests,
				this.uniqueItemRequests, this.uniqueTitleRequests, this.noLicense, searches);
	}

}
