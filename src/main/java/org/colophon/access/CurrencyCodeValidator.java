package org.colophon.access;

import java.util.Currency;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a {@link CurrencyCode} against the currencies {@link Currency} knows.
 */
class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return false;
		}
		try {
			Currency.getInstance(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
