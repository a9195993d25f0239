package org.colophon.delivery;

import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.colophon.delivery.KindleAddress.NameFault;

/**
 * Checks the Kindle fields of a {@link ValidKindleAddress} request with the rules of
 * {@link KindleAddress}, and only when it is for a Kindle.
 */
class KindleAddressValidator implements ConstraintValidator<ValidKindleAddress, DeliveryRequest> {

	private static final Map<NameFault, String> NAME_MESSAGES = Map.of(NameFault.MISSING,
			"{delivery.error.kindleName.required}", NameFault.TOO_LONG, "{delivery.error.kindleName.tooLong}",
			NameFault.INVALID, "{delivery.error.kindleName.invalid}");

	@Override
	public boolean isValid(DeliveryRequest request, ConstraintValidatorContext context) {
		if (request == null || request.destination().orElse(null) != SaveDestination.KINDLE) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		NameFault fault = KindleAddress.nameFaultOf(request.kindleName()).orElse(null);
		if (fault != null) {
			reject(context, "kindleName", NAME_MESSAGES.get(fault));
			valid = false;
		}
		if (!KindleAddress.isDomain(request.kindleDomain())) {
			reject(context, "kindleDomain", "{delivery.error.kindleDomain}");
			valid = false;
		}
		return valid;
	}

	private static void reject(ConstraintValidatorContext context, String field, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
	}

}
