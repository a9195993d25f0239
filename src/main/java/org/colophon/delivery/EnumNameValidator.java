package org.colophon.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link EnumName} text; blank text is left to {@code @NotBlank}.
 */
class EnumNameValidator implements ConstraintValidator<EnumName, String> {

	private Class<? extends Enum<?>> type;

	@Override
	public void initialize(EnumName constraint) {
		this.type = constraint.value();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.isBlank() || parse(this.type, value).isPresent();
	}

	/**
	 * The constant a form or a JSON client names, in any case, with spaces around it and
	 * hyphens for underscores ({@code google-drive} for {@code GOOGLE_DRIVE}).
	 */
	static <E extends Enum<?>> Optional<E> parse(Class<E> type, String value) {
		if (value == null) {
			return Optional.empty();
		}
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> constant.name().equals(name)).findFirst();
	}

}
