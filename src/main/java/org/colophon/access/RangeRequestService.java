package org.colophon.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.colophon.access.RangeChangeRequest.Status;
import org.colophon.system.KeysetPaging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to change an institution's address ranges: its administrators ask, a platform
 * admin applies or rejects. The institution's ranges change only when one is applied.
 */
@Service
@Transactional
public class RangeRequestService {

	private final RangeChangeRequestRepository requests;

	private final InstitutionRepository institutions;

	private final KeysetPaging paging;

	private final Clock clock;

	RangeRequestService(RangeChangeRequestRepository requests, InstitutionRepository institutions, KeysetPaging paging,
			Clock clock) {
		this.requests = requests;
		this.institutions = institutions;
		this.paging = paging;
		this.clock = clock;
	}

	/**
	 * Records a request to give the institution exactly these ranges (CIDR, the same
	 * rules as the admin API's).
	 * @throws InvalidInputException naming {@code ranges} when one is not a valid range,
	 * or there are none, or they are too many
	 * @throws RecordNotFoundException when the institution does not exist
	 */
	public RangeRequest request(long institutionId, Long readerId, List<String> cidrs, String note) {
		Institution institution = this.institutions.findById(institutionId)
			.orElseThrow(() -> new RecordNotFoundException("institution", institutionId));
		if (cidrs.isEmpty()) {
			throw new InvalidInputException("ranges", "must name at least one range");
		}
		List<IpRange> ranges;
		try {
			ranges = cidrs.stream().map(IpRange::parse).toList();
			return RangeRequest.of(this.requests
				.save(new RangeChangeRequest(institution, readerId, ranges, note, this.clock.instant())));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("ranges", ex.getMessage());
		}
	}

	/**
	 * The institution's latest requests, newest first.
	 */
	@Transactional(readOnly = true)
	public List<RangeRequest> ofInstitution(long institutionId, int size) {
		return this.requests.findByInstitutionIdOrderByIdDesc(institutionId, this.paging.limit(size))
			.stream()
			.map(RangeRequest::of)
			.toList();
	}

	/**
	 * A page of the requests waiting for a decision, oldest first, after the given id.
	 */
	@Transactional(readOnly = true)
	public List<RangeRequest> pending(long after, int size) {
		return this.requests.findByStatusAndIdGreaterThanOrderByIdAsc(Status.PENDING, after, this.paging.limit(size))
			.stream()
			.map(RangeRequest::of)
			.toList();
	}

	/**
	 * Gives the institution the ranges requested.
	 * @throws RecordNotFoundException when there is no such request
	 * @throws InvalidInputException when it was decided already
	 */
	public RangeRequest apply(long id) {
		RangeChangeRequest request = find(id);
		try {
			request.apply(this.clock.instant());
		}
		catch (IllegalStateException ex) {
			throw new InvalidInputException("id", "was decided already");
		}
		return RangeRequest.of(request);
	}

	/**
	 * Declines the request; the institution's ranges stay as they are.
	 * @throws RecordNotFoundException when there is no such request
	 * @throws InvalidInputException when it was decided already
	 */
	public RangeRequest reject(long id) {
		RangeChangeRequest request = find(id);
		try {
			request.reject(this.clock.instant());
		}
		catch (IllegalStateException ex) {
			throw new InvalidInputException("id", "was decided already");
		}
		return RangeRequest.of(request);
	}

	private RangeChangeRequest find(long id) {
		return this.requests.findById(id).orElseThrow(() -> new RecordNotFoundException("range request", id));
	}

	/**
	 * A request as pages show it; {@code status} is {@code PENDING}, {@code APPLIED} or
	 * {@code REJECTED}.
	 */
	public record RangeRequest(long id, long institutionId, String institutionName, List<String> ranges, String note,
			String status, Instant requestedAt) {

		static RangeRequest of(RangeChangeRequest request) {
			return new RangeRequest(request.getId(), request.getInstitution().getId(),
					request.getInstitution().getName(), List.copyOf(request.getRanges()), request.getNote(),
					request.getStatus().name(), request.getRequestedAt());
		}

	}

}
