package org.colophon.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.colophon.access.Viewer;
import org.colophon.content.ContentFormat;

/**
 * One request to save a chapter somewhere, recorded before anything is sent and moved
 * through its states by the worker; the optimistic version keeps two workers from sending
 * it twice.
 */
@Entity
public class Delivery {

	private static final int MAX_REASON = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reader_id", nullable = false, updatable = false)
	private Long readerId;

	@Column(name = "requested_from", nullable = false, updatable = false)
	private String requestedFrom;

	@Column(name = "chapter_id", nullable = false, updatable = false)
	private String chapterId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SaveDestination service;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ContentFormat format;

	@Column(name = "kindle_address", updatable = false)
	private String kindleAddress;

	@Column(name = "idempotency_key", nullable = false, updatable = false)
	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeliveryStatus status;

	private String reason;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	@Version
	private long version;

	protected Delivery() {
	}

	Delivery(Viewer requester, String chapterId, SaveDestination service, ContentFormat format, String kindleAddress,
			String idempotencyKey, DeliveryStatus status, Instant now) {
		this.readerId = Objects.requireNonNull(requester.readerId(), "Only a signed-in reader saves");
		this.requestedFrom = requester.address().getHostAddress();
		this.chapterId = Objects.requireNonNull(chapterId);
		this.service = Objects.requireNonNull(service);
		this.format = Objects.requireNonNull(format);
		if ((service == SaveDestination.KINDLE) != (kindleAddress != null)) {
			throw new IllegalArgumentException("A Kindle delivery, and only that, has a Kindle address");
		}
		this.kindleAddress = kindleAddress;
		this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
		this.status = Objects.requireNonNull(status);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Whether the worker should try to send it: not yet delivered, failed, or waiting for
	 * the reader.
	 */
	boolean isSendable() {
		return this.status == DeliveryStatus.PENDING || this.status == DeliveryStatus.SENDING;
	}

	void startAttempt(Instant now) {
		if (!isSendable()) {
			throw new IllegalStateException("Delivery " + this.id + " is " + this.status);
		}
		this.status = DeliveryStatus.SENDING;
		this.attempts++;
		this.updatedAt = now;
	}

	void delivered(Instant now) {
		this.status = DeliveryStatus.DELIVERED;
		this.reason = null;
		this.deliveredAt = now;
		this.updatedAt = now;
	}

	void retryLater(String reason, Instant now) {
		this.status = DeliveryStatus.PENDING;
		this.reason = trim(reason);
		this.updatedAt = now;
	}

	void failed(String reason, Instant now) {
		this.status = DeliveryStatus.FAILED;
		this.reason = trim(reason);
		this.updatedAt = now;
	}

	void needsAuthorisation(String reason, Instant now) {
		this.status = DeliveryStatus.AUTHORISATION_REQUIRED;
		this.reason = trim(reason);
		this.updatedAt = now;
	}

	/**
	 * Fails a delivery that has waited for the reader's authorisation for the given time
	 * or longer (it began to wait when it was last changed).
	 * @return whether it did
	 */
	boolean expire(Duration wait, Instant now) {
		if (this.status != DeliveryStatus.AUTHORISATION_REQUIRED || this.updatedAt.plus(wait).isAfter(now)) {
			return false;
		}
		failed("Not sent: the authorisation did not come within " + describe(wait), now);
		return true;
	}

	/**
	 * Who asked, for the access decision taken again when it is sent: the reader, from
	 * the address they asked from. A reader on an institution's network may have no other
	 * right to the chapter than that address, and the save they asked for there still
	 * goes out; the address grants nothing else, and only for as long as a save may wait.
	 */
	Viewer requester() {
		try {
			// A literal address, so this never looks up a name.
			return new Viewer(this.readerId, InetAddress.getByName(this.requestedFrom));
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Delivery " + this.id + " was recorded with an address that is not one",
					ex);
		}
	}

	/**
	 * Puts a delivery that waited for the reader's authorisation back in the queue.
	 */
	void authorised(Instant now) {
		if (this.status != DeliveryStatus.AUTHORISATION_REQUIRED) {
			throw new IllegalStateException("Delivery " + this.id + " is " + this.status);
		}
		this.status = DeliveryStatus.PENDING;
		this.reason = null;
		this.updatedAt = now;
	}

	private static String describe(Duration wait) {
		long hours = wait.toHours();
		return wait.equals(Duration.ofHours(hours)) ? count(hours, "hour") : count(wait.toMinutes(), "minute");
	}

	private static String count(long number, String unit) {
		return number + " " + unit + ((number == 1) ? "" : "s");
	}

	private static String trim(String reason) {
		return (reason == null || reason.length() <= MAX_REASON) ? reason : reason.substring(0, MAX_REASON);
	}

	public Long getId() {
		return this.id;
	}

	public Long getReaderId() {
		return this.readerId;
	}

	public String getChapterId() {
		return this.chapterId;
	}

	public SaveDestination getService() {
		return this.service;
	}

	public ContentFormat getFormat() {
		return this.format;
	}

	public String getKindleAddress() {
		return this.kindleAddress;
	}

	public DeliveryStatus getStatus() {
		return this.status;
	}

	public String getReason() {
		return this.reason;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getDeliveredAt() {
		return this.deliveredAt;
	}

}
