package org.colophon.usage;

/**
 * An event {@link UsageLog} keeps until it is written: a full-text request or a search.
 */
sealed interface RecordedEvent permits UsageEvent, SearchEvent {

}
