package org.colophon.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.colophon.access.AccessDecision;
import org.colophon.access.AccessService;
import org.colophon.access.Viewer;
import org.colophon.catalogue.ChapterInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves full text under the access decision and announces every request, granted or not,
 * as a {@link FullTextRequested} event; attaches full-text files to chapters at ingest.
 */
@Service
public class ContentService {

	private final AccessService access;

	private final ContentFileRepository files;

	private final ApplicationEventPublisher events;

	private final ContentStore store;

	private final Clock clock;

	ContentService(AccessService access, ContentFileRepository files, ApplicationEventPublisher events,
			ContentStore store, Clock clock) {
		this.access = access;
		this.files = files;
		this.events = events;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The access decision for the viewer together with the full-text formats it opens to
	 * them (none when denied).
	 */
	@Transactional(readOnly = true)
	public FullTextAccess access(ChapterInfo chapter, Viewer viewer) {
		AccessDecision decision = this.access.decide(chapter, viewer);
		List<ContentFormat> formats = decision.granted()
				? this.files.findByChapterIdOrderByFormat(chapter.id()).stream().map(ContentFile::getFormat).toList()
				: List.of();
		return new FullTextAccess(decision, formats);
	}

	/**
	 * Opens a chapter's full text for a viewer. The request is announced whether granted
	 * or turned away, inside this transaction, so that its record and the answer stand or
	 * fall together. The user agent (may be {@code null}) goes into the record only.
	 * @throws ContentNotFoundException when the chapter has no such format
	 * @throws FullTextDeniedException when the viewer may not read it
	 */
	@Transactional(noRollbackFor = FullTextDeniedException.class)
	public FullTextFile open(ChapterInfo chapter, ContentFormat format, Viewer viewer, String sessionKey,
			String userAgent) {
		ContentFile file = this.files.findByChapterIdAndFormat(chapter.id(), format)
			.orElseThrow(() -> new ContentNotFoundException(chapter.id(), format));
		AccessDecision decision = this.access.decide(chapter, viewer);
		Long institutionId = (decision.institutionId() != null) ? decision.institutionId()
				: this.access.institutionOf(viewer).orElse(null);
		this.events.publishEvent(new FullTextRequested(this.clock.instant(), chapter.id(), chapter.book().id(), format,
				viewer.readerId(), sessionKey, decision, institutionId, userAgent));
		if (!decision.granted()) {
			throw new FullTextDeniedException(decision);
		}
		return new FullTextFile(this.store.get(file.getStorageKey()), format, file.getSizeBytes(),
				chapter.slug() + "." + format.extension());
	}

	/**
	 * Reads a chapter's full text for delivery, without a viewer's request to record.
	 */
	@Transactional(readOnly = true)
	public FullTextFile read(ChapterInfo chapter, ContentFormat format) {
		ContentFile file = this.files.findByChapterIdAndFormat(chapter.id(), format)
			.orElseThrow(() -> new ContentNotFoundException(chapter.id(), format));
		return new FullTextFile(this.store.get(file.getStorageKey()), format, file.getSizeBytes(),
				chapter.slug() + "." + format.extension());
	}

	/**
	 * Attaches (or replaces) a chapter's full text in one format from a file; an
	 * identical file changes nothing.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean attach(String chapterId, ContentFormat format, Path source) {
		String digest = sha256(source);
		long size;
		try {
			size = Files.size(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var existing = this.files.findByChapterIdAndFormat(chapterId, format);
		if (existing.isPresent() && existing.get().hasDigest(digest)) {
			return false;
		}
		String key = ContentStore.keyFor(chapterId, format);
		this.store.put(key, source);
		if (existing.isPresent()) {
			existing.get().replace(key, size, digest);
		}
		else {
			this.files.save(new ContentFile(chapterId, format, key, size, digest));
		}
		return true;
	}

	private static String sha256(Path source) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(source),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
