package org.colophon.access;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a {@link PriceAmount}; unlike {@code @Digits}, which ignores trailing zeros, it
 * takes the decimals as written, so {@code 25.000} is refused.
 */
class PriceAmountValidator implements ConstraintValidator<PriceAmount, BigDecimal> {

	/** The most digits before the point that the price column holds. */
	private static final int MAX_WHOLE_DIGITS = 10;

	@Override
	public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
		return value != null && value.signum() > 0 && value.scale() <= 2
				&& value.precision() - value.scale() <= MAX_WHOLE_DIGITS;
	}

}
