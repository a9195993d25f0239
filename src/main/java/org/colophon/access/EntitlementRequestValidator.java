package org.colophon.access;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.colophon.access.AdminController.EntitlementRequest;

/**
 * Checks the {@link ValidEntitlement} rules that span fields of an entitlement request;
 * the entity keeps the same rules for every other caller.
 */
class EntitlementRequestValidator implements ConstraintValidator<ValidEntitlement, EntitlementRequest> {

	@Override
	public boolean isValid(EntitlementRequest request, ConstraintValidatorContext context) {
		if (request == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		if ((request.institutionId() == null) == (request.readerId() == null)) {
			valid = reject(context, "institutionId", "give exactly one of institutionId and readerId");
		}
		if ((request.publicationId() == null) == (request.chapterId() == null)) {
			valid = reject(context, "publicationId", "give exactly one of publicationId and chapterId");
		}
		if (request.startsOn() != null && request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
			valid = reject(context, "endsOn", "must not be before startsOn");
		}
		return valid;
	}

	private static boolean reject(ConstraintValidatorContext context, String field, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		return false;
	}

}
