package org.colophon.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link ValidPassword} text with the rules of {@link Password}, and names the
 * limits to the message.
 */
class PasswordValidator implements ConstraintValidator<ValidPassword, CharSequence> {

	private String tooLong;

	@Override
	public void initialize(ValidPassword constraint) {
		this.tooLong = constraint.tooLong();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		Password.Fault fault = Password.faultOf(value).orElse(null);
		if (fault == null) {
			return true;
		}
		context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter("min", Password.MIN_LENGTH)
			.addMessageParameter("maxBytes", Password.MAX_BYTES);
		if (fault == Password.Fault.TOO_LONG) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.tooLong).addConstraintViolation();
		}
		return false;
	}

}
