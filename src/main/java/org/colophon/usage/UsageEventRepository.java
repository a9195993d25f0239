package org.colophon.usage;

import java.util.List;

import org.springframework.data.repository.Repository;

interface UsageEventRepository extends Repository<UsageEvent, Long> {

	UsageEvent save(UsageEvent event);

	List<UsageEvent> findByChapterIdOrderById(String chapterId);

}
