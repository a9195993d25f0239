package org.colophon.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings, such as the sender address readers must approve in their Kindle settings.
 */
@ConfigurationProperties("colophon.delivery")
public record DeliveryProperties(@DefaultValue("kindle@colophon.example") String kindleSender) {
}
