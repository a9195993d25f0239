package org.colophon.delivery;

import java.util.Optional;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.colophon.content.ContentFormat;

/**
 * What a reader asks for when saving a chapter, as sent by the dialog form or the JSON
 * API, so every field may be missing or wrong; {@link DeliveryService} validates it. Each
 * message is the key of the text shown beside the field.
 */
@ValidKindleAddress
public record DeliveryRequest(
		@NotBlank(message = "{delivery.error.service.required}") @EnumName(value = SaveDestination.class,
				message = "{delivery.error.service.invalid}") String service,
		@NotBlank(message = "{delivery.error.format.required}") @EnumName(
				value = ContentFormat.class, message = "{delivery.error.format.invalid}") String format,
		String kindleName, String kindleDomain,
		@NotNull(message = "{delivery.error.acceptPolicy}") @AssertTrue(
				message = "{delivery.error.acceptPolicy}") Boolean acceptPolicy,
		@Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "{delivery.error.idempotencyKey}") String idempotencyKey) {

	/**
	 * Where to save, when {@link #service()} names a destination.
	 */
	Optional<SaveDestination> destination() {
		return EnumNameValidator.parse(SaveDestination.class, this.service);
	}

	/**
	 * The format to save, when {@link #format()} names one.
	 */
	Optional<ContentFormat> contentFormat() {
		return EnumNameValidator.parse(ContentFormat.class, this.format);
	}

}
