package org.colophon.account;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mails of sign-up, sent through the same mail server as Kindle deliveries: the
 * link that confirms a new account, or, to an address that already has one, a note that
 * says so (so that the sign-up page itself never tells).
 */
@Component
class SignUpMail {

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final SignUpProperties properties;

	SignUpMail(JavaMailSender mail, MessageSource messages, SignUpProperties properties) {
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Sends the mail of one kind to the address.
	 * @throws MailException when the mail server does not take it
	 */
	void send(String to, Kind kind, String link, Locale locale) {
		MimeMessage message = this.mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.properties.mailFrom());
			helper.setTo(to);
			helper.setSubject(this.messages.getMessage(kind.key + ".subject", null, locale));
			Object[] arguments = { link, this.properties.linkValidity().toHours() };
			helper.setText(this.messages.getMessage(kind.key + ".body", arguments, locale));
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		this.mail.send(message);
	}

	/**
	 * What a sign-up mail says.
	 */
	enum Kind {

		/** The link that creates the account. */
		CONFIRM("mail.signUp.confirm"),

		/** The address has an account already. */
		ALREADY_REGISTERED("mail.signUp.registered");

		private final String key;

		Kind(String key) {
			this.key = key;
		}

	}

}
