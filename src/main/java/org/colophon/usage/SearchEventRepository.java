package org.colophon.usage;

import org.springframework.data.repository.Repository;

interface SearchEventRepository extends Repository<SearchEvent, Long> {

	SearchEvent save(SearchEvent event);

}
