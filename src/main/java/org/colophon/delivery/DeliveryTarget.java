package org.colophon.delivery;

import org.colophon.catalogue.ChapterInfo;
import org.colophon.content.FullTextFile;

/**
 * A place chapters can be saved to. Implementations send one file and report failures by
 * kind.
 */
interface DeliveryTarget {

	SaveDestination service();

	/**
	 * Sends the chapter's full text as the delivery asks.
	 * @throws DeliveryFailure saying whether to retry, give up or ask for authorisation
	 */
	void send(Delivery delivery, ChapterInfo chapter, FullTextFile text) throws DeliveryFailure;

}
