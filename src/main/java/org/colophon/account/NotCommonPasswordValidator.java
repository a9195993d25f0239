package org.colophon.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NotCommonPassword} text against the bundled list; a missing value is left
 * to the other constraints.
 */
class NotCommonPasswordValidator implements ConstraintValidator<NotCommonPassword, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || !CommonPasswords.bundled().isCommon(value);
	}

}
