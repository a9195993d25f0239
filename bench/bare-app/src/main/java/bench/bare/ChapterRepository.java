package bench.bare;

import org.springframework.data.repository.Repository;

import java.util.Optional;

interface ChapterRepository extends Repository<Chapter, String> {

	Optional<Chapter> findById(String id);

}
