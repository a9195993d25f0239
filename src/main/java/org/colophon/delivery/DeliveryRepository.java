package org.colophon.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface DeliveryRepository extends Repository<Delivery, Long> {

	Delivery save(Delivery delivery);

	Optional<Delivery> findById(Long id);

	Optional<Delivery> findByReaderIdAndIdempotencyKey(Long readerId, String idempotencyKey);

	List<Delivery> findByReaderIdOrderByIdDesc(Long readerId, Limit limit);

	List<Delivery> findByReaderIdAndServiceAndStatusOrderById(Long readerId, SaveDestination service,
			DeliveryStatus status);

	List<Delivery> findByStatusAndUpdatedAtLessThanEqualOrderById(DeliveryStatus status, Instant updatedBy,
			Limit limit);

	long countByStatus(DeliveryStatus status);

}
