package org.colophon.web;

import java.time.Instant;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.ContentFormat;
import org.colophon.delivery.Delivery;
import org.colophon.delivery.DeliveryStatus;
import org.colophon.delivery.SaveDestination;
import org.colophon.links.Links;

/**
 * A delivery as the reader sees it, with the chapter it carries.
 */
record DeliveryView(Long id, String chapterTitle, String chapterUrl, SaveDestination service, ContentFormat format,
		String kindleAddress, DeliveryStatus status, String reason, int attempts, Instant createdAt,
		Instant deliveredAt) {

	static DeliveryView of(Delivery delivery, ChapterInfo chapter) {
		return new DeliveryView(delivery.getId(), chapter.title(), Links.chapter(chapter), delivery.getService(),
				delivery.getFormat(), delivery.getKindleAddress(), delivery.getStatus(), delivery.getReason(),
				delivery.getAttempts(), delivery.getCreatedAt(), delivery.getDeliveredAt());
	}

}
