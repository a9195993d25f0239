package org.colophon.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps usage and search events in a bounded in-memory buffer and writes them to the
 * database in batches, from one writer thread: a batch as soon as
 * {@code colophon.usage.batch-size} events wait, and whatever waits once
 * {@code colophon.usage.flush-interval} has passed since the last write. Recording an
 * event is an append to the buffer, not a database write.
 * <p>
 * What is kept and what can be lost:
 * <ul>
 * <li>On a clean shutdown (the application context closing) the buffer is written
 * completely, after the web server has stopped taking requests and before the data source
 * closes; an event recorded after that is written at once.</li>
 * <li>When the buffer is full, the event is written at once by the thread that records
 * it, in its transaction when that can write (back-pressure): no event is dropped.</li>
 * <li>When a write fails (the database is down), its events are kept, the failure is
 * logged and counted as {@value #FAILED_WRITES}, and the write is tried again after the
 * flush interval; meanwhile new events fill the buffer and then are written at once, so
 * that the requests themselves fail as they did before buffering.</li>
 * <li>A crash (the process killed, {@code kill -9}, or the machine lost) loses the events
 * not yet written: at most those of the last flush interval or the last batch, which is
 * the accepted price of not writing per request. An event is kept from the moment the
 * request is decided, so it is written even when the request's transaction fails after
 * that.</li>
 * </ul>
 * Readers of {@code usage_event} and {@code search_event} on this instance call
 * {@link #flush()} first, so that they see every event recorded before they asked.
 */
@Component
public class UsageLog implements SmartLifecycle {

	/** Batch writes that failed (their events kept to be written again). */
	static final String FAILED_WRITES = "colophon.usage.writes.failed";

	/** Events written at once because the buffer was full or closed. */
	static final String DIRECT_WRITES = "colophon.usage.writes.direct";

	/** Events waiting in the buffer. */
	static final String BUFFERED = "colophon.usage.buffered";

	/**
	 * Stops after the web server (its phases are {@code DEFAULT_PHASE - 1024} and
	 * {@code - 2048}), so that the requests answered during a graceful shutdown are
	 * written too.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Logger logger = LoggerFactory.getLogger(UsageLog.class);

	private final BlockingQueue<RecordedEvent> buffer;

	/** Taken from the buffer and not yet written: written first. Guarded by writing. */
	private final List<RecordedEvent> taken = new ArrayList<>();

	private final ReentrantLock writing = new ReentrantLock();

	private final UsageEventWriter writer;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate callersTransaction;

	private final Clock clock;

	private final int batchSize;

	private final Duration flushInterval;

	private final Counter failedWrites;

	private final Counter directWrites;

	/** Guarded by writing. */
	private Instant lastWrite;

	/** Guarded by writing. */
	private Instant retryAfter = Instant.MIN;

	private volatile boolean closed;

	private volatile Thread thread;

	UsageLog(UsageEventWriter writer, PlatformTransactionManager transactions, UsageProperties properties, Clock clock,
			MeterRegistry registry) {
		this.buffer = new ArrayBlockingQueue<>(properties.bufferCapacity());
		this.writer = writer;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.callersTransaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.batchSize = properties.batchSize();
		this.flushInterval = properties.flushInterval();
		this.lastWrite = clock.instant();
		this.failedWrites = Counter.builder(FAILED_WRITES)
			.description("Batch writes of usage events that failed; their events are kept and written again")
			.register(registry);
		this.directWrites = Counter.builder(DIRECT_WRITES)
			.description("Usage events written at once by their request because the buffer was full or closed")
			.register(registry);
		Gauge.builder(BUFFERED, this.buffer, BlockingQueue::size)
			.description("Usage events waiting in the buffer to be written")
			.register(registry);
	}

	/**
	 * Writes every event recorded before this call, so that a query run after it sees
	 * them. Events recorded meanwhile by other threads may wait for the next write.
	 * @throws org.springframework.dao.DataAccessException when they cannot be written;
	 * they are kept and written later
	 */
	public void flush() {
		this.writing.lock();
		try {
			int waiting = this.buffer.size();
			writeTaken();
			while (waiting > 0) {
				waiting -= this.buffer.drainTo(this.taken, Math.min(waiting, this.batchSize));
				if (this.taken.isEmpty()) {
					break;
				}
				writeTaken();
			}
		}
		finally {
			this.writing.unlock();
		}
	}

	/**
	 * Keeps an event to be written: in the buffer, or, when it is full or closed, written
	 * at once.
	 */
	void record(RecordedEvent event) {
		if (!this.closed && this.buffer.offer(event)) {
			if (this.closed) {
				flush();
			}
			else if (this.buffer.size() >= this.batchSize) {
				Thread writerThread = this.thread;
				if (writerThread != null) {
					LockSupport.unpark(writerThread);
				}
			}
			return;
		}
		this.directWrites.increment();
		boolean canJoin = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		(canJoin ? this.callersTransaction : this.ownTransaction)
			.executeWithoutResult((status) -> this.writer.write(List.of(event)));
	}

	/**
	 * Writes what is due: every full batch, and a partial one when the flush interval has
	 * passed since the last write; nothing while a failed write waits for its retry (a
	 * failure is logged and counted where it happens).
	 */
	void writeDue() {
		this.writing.lock();
		try {
			Instant now = this.clock.instant();
			if (now.isBefore(this.retryAfter)) {
				return;
			}
			boolean intervalPassed = !now.isBefore(this.lastWrite.plus(this.flushInterval));
			while (!this.taken.isEmpty() || this.buffer.size() >= this.batchSize
					|| (intervalPassed && !this.buffer.isEmpty())) {
				if (this.taken.isEmpty()) {
					this.buffer.drainTo(this.taken, this.batchSize);
				}
				writeTaken();
			}
			if (intervalPassed) {
				this.lastWrite = now;
			}
		}
		catch (RuntimeException ex) {
			// logged and counted by writeTaken; the events are kept for the retry
		}
		finally {
			this.writing.unlock();
		}
	}

	private void writeTaken() {
		if (this.taken.isEmpty()) {
			return;
		}
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.writer.write(this.taken));
		}
		catch (RuntimeException ex) {
			this.failedWrites.increment();
			this.retryAfter = this.clock.instant().plus(this.flushInterval);
			logger.error("{} usage events could not be written; they are kept and tried again in {} ({} waiting)",
					this.taken.size(), this.flushInterval, this.taken.size() + this.buffer.size(), ex);
			throw ex;
		}
		this.taken.clear();
		this.lastWrite = this.clock.instant();
		this.retryAfter = Instant.MIN;
	}

	private void run() {
		while (!this.closed) {
			LockSupport.parkNanos(this, nanosToNextWrite());
			if (!this.closed) {
				writeDue();
			}
		}
	}

	/**
	 * How long the writer may park: until the next write is due, never longer than the
	 * flush interval (should the clock step back).
	 */
	private long nanosToNextWrite() {
		this.writing.lock();
		try {
			Instant next = this.lastWrite.plus(this.flushInterval);
			if (next.isBefore(this.retryAfter)) {
				next = this.retryAfter;
			}
			long nanos = Duration.between(this.clock.instant(), next).toNanos();
			return Math.min(Math.max(nanos, TimeUnit.MILLISECONDS.toNanos(1)), this.flushInterval.toNanos());
		}
		finally {
			this.writing.unlock();
		}
	}

	@Override
	public void start() {
		Thread writerThread = new Thread(this::run, "usage-writer");
		writerThread.setDaemon(true);
		this.thread = writerThread;
		writerThread.start();
	}

	/**
	 * Stops the writer thread and writes everything left; events recorded from now on are
	 * written at once.
	 */
	@Override
	public void stop() {
		this.closed = true;
		Thread writerThread = this.thread;
		if (writerThread != null) {
			LockSupport.unpark(writerThread);
			try {
				writerThread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
		try {
			flush();
		}
		catch (RuntimeException ex) {
			logger.error("{} usage events could not be written at shutdown and are lost", pendingAtShutdown(), ex);
		}
	}

	private int pendingAtShutdown() {
		this.writing.lock();
		try {
			return this.taken.size() + this.buffer.size();
		}
		finally {
			this.writing.unlock();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
