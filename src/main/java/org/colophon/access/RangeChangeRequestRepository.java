package org.colophon.access;

import java.util.List;
import java.util.Optional;

import org.colophon.access.RangeChangeRequest.Status;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface RangeChangeRequestRepository extends Repository<RangeChangeRequest, Long> {

	RangeChangeRequest save(RangeChangeRequest request);

	@EntityGraph(attributePaths = "institution")
	Optional<RangeChangeRequest> findById(Long id);

	@EntityGraph(attributePaths = "institution")
	List<RangeChangeRequest> findByInstitutionIdOrderByIdDesc(Long institutionId, Limit limit);

	@EntityGraph(attributePaths = "institution")
	List<RangeChangeRequest> findByStatusAndIdGreaterThanOrderByIdAsc(Status status, Long id, Limit limit);

}
