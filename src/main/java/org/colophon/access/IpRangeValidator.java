package org.colophon.access;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link ValidIpRange} text by parsing it, so that the admin API accepts exactly
 * the ranges that can be stored.
 */
class IpRangeValidator implements ConstraintValidator<ValidIpRange, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		try {
			IpRange.parse(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			// The reason quotes the input, so it goes in as a variable, which is never
			// evaluated, rather than into the template; escaped, as the interpolator
			// unescapes the message it builds.
			context.unwrap(HibernateConstraintValidatorContext.class)
				.addExpressionVariable("reason", escaped(ex.getMessage()));
			return false;
		}
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}

}
