package org.colophon.delivery;

import java.util.Locale;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.FullTextFile;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the file by e-mail from the approved sender to the reader's Kindle address, over
 * SMTP.
 */
@Component
class KindleTarget implements DeliveryTarget {

	private final JavaMailSender mail;

	private final DeliveryProperties properties;

	KindleTarget(JavaMailSender mail, DeliveryProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	@Override
	public SaveDestination service() {
		return SaveDestination.KINDLE;
	}

	@Override
	public void send(Delivery delivery, ChapterInfo chapter, FullTextFile text) throws DeliveryFailure {
		long limit = this.properties.kindleAttachmentLimit().toBytes();
		if (text.size() > limit) {
			throw DeliveryFailure.permanent(
					"The file is " + readable(text.size()) + ", more than the Kindle limit of " + readable(limit));
		}
		try {
			MimeMessage message = this.mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.properties.kindleSender());
			helper.setTo(delivery.getKindleAddress());
			helper.setSubject(chapter.title());
			helper.setText(chapter.title() + " \u2014 " + chapter.book().title()
					+ "\n\nSent from Colophon at the request of this Kindle's owner.");
			helper.getRootMimeMultipart().addBodyPart(attachment(text));
			this.mail.send(message);
		}
		catch (MailSendException ex) {
			if (hasCause(ex, SendFailedException.class)) {
				throw DeliveryFailure.permanent("The mail server refused the address " + delivery.getKindleAddress());
			}
			throw new DeliveryFailure(DeliveryFailure.Kind.TRANSIENT, "The mail server could not be reached", ex);
		}
		catch (MailAuthenticationException ex) {
			throw new DeliveryFailure(DeliveryFailure.Kind.TRANSIENT, "The mail server refused our credentials", ex);
		}
		catch (MailException | MessagingException ex) {
			throw new DeliveryFailure(DeliveryFailure.Kind.PERMANENT, "The e-mail could not be prepared", ex);
		}
	}

	/**
	 * The file as a base64 attachment: left to itself JavaMail sends ASCII-looking files
	 * as 7bit text, which rewrites line ends and would corrupt a PDF.
	 */
	private static MimeBodyPart attachment(FullTextFile text) throws MessagingException {
		String mediaType = text.format().mediaType().replaceAll(";.*", "");
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new InputStreamDataSource(text.resource(), mediaType, text.fileName())));
		part.setFileName(text.fileName());
		part.setDisposition(Part.ATTACHMENT);
		part.setHeader("Content-Transfer-Encoding", "base64");
		return part;
	}

	private static boolean hasCause(MailSendException ex, Class<? extends Exception> type) {
		for (Exception failure : ex.getFailedMessages().values()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (type.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String readable(long bytes) {
		return (bytes >= 1024 * 1024) ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
				: String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
	}

}
