package org.colophon.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ContentFileRepository extends Repository<ContentFile, Long> {

	ContentFile save(ContentFile file);

	Optional<ContentFile> findByChapterIdAndFormat(String chapterId, ContentFormat format);

	List<ContentFile> findByChapterIdOrderByFormat(String chapterId);

}
