package org.colophon.access;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.colophon.account.Reader;
import org.colophon.account.Role;
import org.colophon.account.ValidPassword;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administration API (role {@code ADMIN}): institutions, entitlements, readers,
 * access models and prices. Each request is validated whole by its constraints before the
 * service looks anything up. Answers never carry a password or its hash.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

	private static final String AT_MOST_CHARACTERS = "must have at most {max} characters";

	private static final String AT_MOST_ITEMS = "must have at most {max} items";

	private static final String NOT_AN_EMAIL = "must be an e-mail address";

	private static final String PASSWORD_RULES = "must have at least {min} characters and at most {maxBytes} bytes";

	private final AdminService admin;

	AdminController(AdminService admin) {
		this.admin = admin;
	}

	@PostMapping("/institutions")
	ResponseEntity<InstitutionJson> submitInstitution(@Valid @RequestBody InstitutionRequest request) {
		InstitutionJson created = InstitutionJson.of(this.admin.createInstitution(request.name(), request.ipRanges()));
		return ResponseEntity.created(URI.create("/api/admin/institutions/" + created.id())).body(created);
	}

	@GetMapping("/institutions")
	List<InstitutionJson> listInstitutions(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "50") int size) {
		return this.admin.institutions(after, size).stream().map(InstitutionJson::of).toList();
	}

	@DeleteMapping("/institutions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteInstitution(@PathVariable long id) {
		this.admin.deleteInstitution(id);
	}

	@PostMapping("/entitlements")
	ResponseEntity<EntitlementJson> submitEntitlement(@Valid @RequestBody EntitlementRequest request) {
		EntitlementJson created = EntitlementJson
			.of(this.admin.createEntitlement(request.institutionId(), request.readerId(), request.publicationId(),
					request.chapterId(), request.startsOn(), request.endsOn()));
		return ResponseEntity.created(URI.create("/api/admin/entitlements/" + created.id())).body(created);
	}

	@GetMapping("/entitlements")
	List<EntitlementJson> listEntitlements(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "50") int size) {
		return this.admin.entitlements(after, size).stream().map(EntitlementJson::of).toList();
	}

	@DeleteMapping("/entitlements/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteEntitlement(@PathVariable long id) {
		this.admin.deleteEntitlement(id);
	}

	@PostMapping("/readers")
	ResponseEntity<ReaderJson> submitReader(@Valid @RequestBody ReaderRequest request) {
		ReaderJson created = ReaderJson
			.of(this.admin.createReader(request.email(), request.password(), request.institutionId(), request.role()));
		return ResponseEntity.created(URI.create("/api/admin/readers/" + created.id())).body(created);
	}

	@GetMapping("/readers")
	List<ReaderJson> listReaders(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "50") int size) {
		return this.admin.readers(after, size).stream().map(ReaderJson::of).toList();
	}

	@DeleteMapping("/readers/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteReader(@PathVariable long id) {
		this.admin.deleteReader(id);
	}

	@PutMapping("/chapters/{id}/access-model")
	AccessModelJson submitChapterModel(@PathVariable String id, @Valid @RequestBody AccessModelRequest request) {
		return AccessModelJson.of(id, this.admin.setAccessModel(true, id, request.model(), request.licence()));
	}

	@PutMapping("/publications/{id}/access-model")
	AccessModelJson submitBookModel(@PathVariable String id, @Valid @RequestBody AccessModelRequest request) {
		return AccessModelJson.of(id, this.admin.setAccessModel(false, id, request.model(), request.licence()));
	}

	@PutMapping("/publications/{id}/price")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void submitPrice(@PathVariable String id, @Valid @RequestBody PriceRequest request) {
		this.admin.setPrice(id, request.amount(), request.currency());
	}

	/**
	 * Text as it will be stored, so that the constraints judge what is kept.
	 */
	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	record InstitutionRequest(@NotBlank @Size(max = Institution.MAX_NAME, message = AT_MOST_CHARACTERS) String name,
			@Size(max = Institution.MAX_IP_RANGES, message = AT_MOST_ITEMS) List<@ValidIpRange String> ipRanges) {

		InstitutionRequest {
			name = strip(name);
		}

	}

	record InstitutionJson(Long id, String name, List<String> ipRanges) {

		static InstitutionJson of(Institution institution) {
			return new InstitutionJson(institution.getId(), institution.getName(),
					institution.getRanges().stream().map(IpRange::cidr).toList());
		}

	}

	@ValidEntitlement
	record EntitlementRequest(Long institutionId, Long readerId, String publicationId, String chapterId,
			LocalDate startsOn, LocalDate endsOn) {
	}

	record EntitlementJson(Long id, Long institutionId, Long readerId, String publicationId, String chapterId,
			LocalDate startsOn, LocalDate endsOn) {

		static EntitlementJson of(Entitlement entitlement) {
			return new EntitlementJson(entitlement.getId(),
					(entitlement.getInstitution() != null) ? entitlement.getInstitution().getId() : null,
					entitlement.getReaderId(), entitlement.getBookId(), entitlement.getChapterId(),
					entitlement.getStartsOn(), entitlement.getEndsOn());
		}

	}

	record ReaderRequest(
			@NotNull(message = NOT_AN_EMAIL) @Size(max = 320, message = NOT_AN_EMAIL) @Pattern(
					regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = NOT_AN_EMAIL) String email,
			@ValidPassword(message = PASSWORD_RULES, tooLong = PASSWORD_RULES) String password, Long institutionId,
			Role role) {

		ReaderRequest {
			email = strip(email);
		}

		@Override
		public String toString() {
			return "ReaderRequest[email=" + this.email + "]";
		}

	}

	record ReaderJson(Long id, String email, Role role, Long institutionId, Instant createdAt) {

		static ReaderJson of(Reader reader) {
			return new ReaderJson(reader.getId(), reader.getEmail(), reader.getRole(), reader.getInstitutionId(),
					reader.getCreatedAt());
		}

	}

	record AccessModelRequest(@NotNull(message = "must be one of OPEN_ACCESS, FREE, RESTRICTED") AccessModel model,
			@Size(max = AccessPolicy.MAX_LICENCE, message = AT_MOST_CHARACTERS) String licence) {
	}

	record AccessModelJson(String id, AccessModel model, String licence) {

		static AccessModelJson of(String id, AccessService.Policy policy) {
			return new AccessModelJson(id, policy.model(), policy.licence());
		}

	}

	record PriceRequest(@PriceAmount BigDecimal amount, @CurrencyCode String currency) {
	}

}
