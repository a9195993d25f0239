package org.colophon.delivery;

/**
 * What a reader asks for when saving a chapter, as sent by the dialog form or the JSON
 * API; checked by {@link DeliveryService}, so every field may be missing or wrong here.
 */
public record DeliveryRequest(String service, String format, String kindleName, String kindleDomain,
		Boolean acceptPolicy, String idempotencyKey) {
}
