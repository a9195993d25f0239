package org.colophon.access;

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

import org.colophon.catalogue.ChapterInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves full text under the access decision and records every request as a usage event; attaches
 * full-text files to chapters at ingest.
 */
@Service
public class ContentService {

	private final AccessService access;

	private final ContentFileRepository files;

	private final UsageEventRepository usage;

	private final ContentStore store;

	private final Clock clock;

	ContentService(AccessService access, ContentFileRepository files, UsageEventRepository usage, ContentStore store,
			Clock clock) {
		this.access = access;
		this.files = files;
		this.usage = usage;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Opens a chapter's full text for a viewer. The request is recorded whether granted or turned away.
	 * @throws ContentNotFoundException when the chapter has no such format
	 * @throws FullTextDeniedException when the viewer may not read it
	 */
	@Transactional(noRollbackFor = FullTextDeniedException.class)
	public FullText open(ChapterInfo chapter, ContentFormat format, Viewer viewer, String sessionKey) {
		ContentFile file = this.files.findByChapterIdAndFormat(chapter.id(), format)
			.orElseThrow(() -> new ContentNotFoundException(chapter.id(), format));
		AccessService.Resolution resolution = this.access.resolve(chapter, viewer);
		AccessDecision decision = resolution.decision();
		this.usage.save(new UsageEvent(this.clock.instant(), chapter.id(), chapter.publication().id(), format,
				resolution.institutionId(), viewer.readerId(), sessionKey, decision));
		if (!decision.granted()) {
			throw new FullTextDeniedException(decision);
		}
		return new FullText(this.store.get(file.getStorageKey()), format, file.getSizeBytes(),
				chapter.slug() + "." + format.extension());
	}

	/**
	 * Reads a chapter's full text for delivery, without a viewer's request to record.
	 */
	@Transactional(readOnly = true)
	public FullText read(ChapterInfo chapter, ContentFormat format) {
		ContentFile file = this.files.findByChapterIdAndFormat(chapter.id(), format)
			.orElseThrow(() -> new ContentNotFoundException(chapter.id(), format));
		return new FullText(this.store.get(file.getStorageKey()), format, file.getSizeBytes(),
				chapter.slug() + "." + format.extension());
	}

	/**
	 * Attaches (or replaces) a chapter's full text in one format from a file; an identical file changes
	 * nothing.
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
