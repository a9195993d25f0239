package org.colophon.content;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.colophon.system.ChangesPages;
import org.colophon.system.PageVersions;

/**
 * A chapter's full text in one format, kept in the content store under a key the platform
 * chose.
 */
@Entity
@ChangesPages(PageVersions.Kind.CATALOGUE)
@Table(name = "content_file")
class ContentFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "chapter_id", nullable = false, updatable = false)
	private String chapterId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ContentFormat format;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	protected ContentFile() {
	}

	ContentFile(String chapterId, ContentFormat format, String storageKey, long sizeBytes, String sha256) {
		this.chapterId = Objects.requireNonNull(chapterId);
		this.format = Objects.requireNonNull(format);
		replace(storageKey, sizeBytes, sha256);
	}

	void replace(String storageKey, long sizeBytes, String sha256) {
		this.storageKey = Objects.requireNonNull(storageKey);
		this.contentType = this.format.mediaType();
		this.sizeBytes = sizeBytes;
		this.sha256 = Objects.requireNonNull(sha256);
	}

	boolean hasDigest(String sha256) {
		return this.sha256.equals(sha256);
	}

	String getChapterId() {
		return this.chapterId;
	}

	ContentFormat getFormat() {
		return this.format;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

}
