package org.colophon.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * A directory of full-text files. Keys are made by the platform from chapter ids and
 * formats; nothing a request sends is ever used as a path.
 */
@Component
class ContentStore {

	private final Path root;

	ContentStore(ContentProperties properties) {
		this.root = properties.location().toAbsolutePath().normalize();
	}

	static String keyFor(String chapterId, ContentFormat format) {
		if (!chapterId.matches("[0-9a-f]{1,32}")) {
			throw new IllegalArgumentException("Not a chapter id: " + chapterId);
		}
		return chapterId + "." + format.extension();
	}

	/**
	 * Copies a file into the store under the key, replacing what was there in one atomic
	 * move.
	 */
	void put(String key, Path source) {
		try {
			Files.createDirectories(this.root);
			Path temporary = Files.createTempFile(this.root, "incoming-", ".part");
			Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + key, ex);
		}
	}

	Resource get(String key) {
		return new FileSystemResource(resolve(key));
	}

	private Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (!path.getParent().equals(this.root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

}
