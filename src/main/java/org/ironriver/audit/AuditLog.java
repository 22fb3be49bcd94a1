package org.ironriver.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.ironriver.database.GraphTransport;
import org.ironriver.database.Neo4jSessions;
import org.ironriver.problems.BadRequestException;
import org.ironriver.problems.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Writes audit events to the graph on a thread of its own, in batches, so that a read
 * never waits on a write: the caller only puts the event in a bounded queue. When the
 * queue is full (the database has been away for a long time, or far more queries arrive
 * than can be written) a query's event is dropped, counted
 * ({@code ironriver.audit.dropped}) and logged; a write's event waits up to a few seconds
 * for room first. While the database is unreachable the writer keeps its batch and
 * retries, so the events of an outage (a failed import among them) reach the graph once
 * it is back. A batch the database refuses for what it holds (not for being away) is
 * written event by event instead, and an event refused on its own is dropped, counted
 * ({@code ironriver.audit.rejected}) and logged: one bad event must not hold up every
 * later one for ever.
 */
@Component
public class AuditLog implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	/**
	 * Idempotent: a batch whose commit reached the database but whose answer did not (the
	 * database crashed in between) is written again on retry, and must not then violate
	 * the events' unique ids forever and hold up every later event.
	 */
	static final String CREATE = """
			UNWIND $events AS event
			MERGE (a:AuditEvent {id: event.id})
			ON CREATE SET a = event
			""";

	private static final int BATCH = 500;

	private final Neo4jSessions sessions;

	private final MeterRegistry meters;

	private final BlockingQueue<AuditEvent> queue;

	private final AtomicLong accepted = new AtomicLong();

	/**
	 * Events written or dropped: {@link #flush} waits until this reaches what was
	 * accepted before it.
	 */
	private final AtomicLong settled = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	private final Counter droppedCounter;

	private final AtomicLong rejected = new AtomicLong();

	private final Counter rejectedCounter;

	private final Thread writer;

	private volatile boolean stopping;

	AuditLog(Neo4jSessions sessions, ObjectProvider<MeterRegistry> meters,
			@Value("${ironriver.audit.queue-capacity:10000}") int capacity) {
		this.sessions = sessions;
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
		this.droppedCounter = Counter.builder("ironriver.audit.dropped")
			.description("audit events dropped because the queue was full")
			.register(this.meters);
		this.rejectedCounter = Counter.builder("ironriver.audit.rejected")
			.description("audit events the database refused to store (logged with the reason)")
			.register(this.meters);
		this.writer = new Thread(this::drain, "audit-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Queues an event of a write; waits for room up to a few seconds, since losing one
	 * would hide a change.
	 */
	public void record(AuditEvent event) {
		enqueue(event, Duration.ofSeconds(5));
	}

	/**
	 * Writes the event in the caller's transaction: it commits if and only if the audited
	 * write commits.
	 */
	public static void writeIn(GraphTransport.Statements tx, AuditEvent event) {
		tx.run(CREATE, Map.of("events", List.of(event.properties())));
	}

	/** Events dropped since start. */
	public long dropped() {
		return dropped.get();
	}

	/** Events the database refused to store since start. */
	public long rejected() {
		return rejected.get();
	}

	/**
	 * Waits until every event accepted before the call is written (or dropped); false on
	 * timeout.
	 */
	public boolean flush(Duration timeout) {
		long target = accepted.get();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (settled.get() < target) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/**
	 * Runs an analyst's query, times it ({@code ironriver.query}, tagged with the library
	 * query's name or {@code adhoc}) and records who ran what, how long it took, how many
	 * rows it gave and how it ended.
	 * @param name the library query's name, or null for ad-hoc Cypher (then the text's
	 * SHA-256 is kept)
	 */
	public <T> T query(Actor actor, String name, String text, Map<String, ?> parameters, Supplier<T> run,
			ToLongFunction<T> rows) {
		long started = System.nanoTime();
		try {
			T result = run.get();
			finishQuery(actor, name, name, text, parameters, started, "ok", rows.applyAsLong(result), null);
			return result;
		}
		catch (RuntimeException ex) {
			// 4xx answers (refused, unknown parameter or name) are the caller's; anything
			// else is a failure.
			var outcome = ex instanceof BadRequestException || ex instanceof NotFoundException
					|| ex instanceof IllegalArgumentException ? "refused" : "failed";
			// an unknown name is kept on the event but not made a tag: meters would grow
			// with every typo
			var tag = name != null && ex instanceof NotFoundException ? "unknown" : name;
			finishQuery(actor, name, tag, text, parameters, started, outcome, null, ex.getMessage());
			throw ex;
		}
	}

	private void finishQuery(Actor actor, String name, String tag, String text, Map<String, ?> parameters, long started,
			String outcome, Long rows, String error) {
		long nanos = System.nanoTime() - started;
		Timer.builder("ironriver.query")
			.description("analysts' library and ad-hoc queries")
			.tag("name", tag == null ? "adhoc" : tag)
			.tag("outcome", outcome)
			.register(meters)
			.record(nanos, TimeUnit.NANOSECONDS);
		enqueue(AuditEvent.query(actor, name, text, parameters, outcome, nanos / 1_000_000, rows, error),
				Duration.ZERO);
	}

	/**
	 * A query Neo4j Browser sent through the application's Bolt gateway: {@code relayed}
	 * to the database (which streams its answer straight to Browser, so no duration or
	 * rows are known here) or {@code refused} by the read-only connection's guard.
	 */
	public void relayedQuery(Actor actor, String text, Map<String, ?> parameters, boolean refused, String reason) {
		enqueue(AuditEvent.query(actor, null, text, parameters, refused ? "refused" : "relayed", null, null, reason),
				Duration.ZERO);
	}

	/**
	 * Counts an import's rows ({@code ironriver.import.rows}) and times it
	 * ({@code ironriver.import}).
	 */
	public void importMeters(String kind, String status, double seconds, long created, long updated, long unchanged,
			long rejected) {
		Timer.builder("ironriver.import")
			.description("imports of one file")
			.tag("kind", kind)
			.tag("status", status)
			.register(meters)
			.record(Duration.ofNanos((long) (seconds * 1e9)));
		rows(kind, "created", created);
		rows(kind, "updated", updated);
		rows(kind, "unchanged", unchanged);
		rows(kind, "rejected", rejected);
	}

	private void rows(String kind, String outcome, long count) {
		Counter.builder("ironriver.import.rows")
			.description("rows imported, by what happened to them")
			.tag("kind", kind)
			.tag("outcome", outcome)
			.register(meters)
			.increment(count);
	}

	private void enqueue(AuditEvent event, Duration wait) {
		if (stopping) {
			return;
		}
		accepted.incrementAndGet();
		boolean queued;
		try {
			queued = wait.isZero() ? queue.offer(event) : queue.offer(event, wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			queued = false;
		}
		if (!queued) {
			long count = dropped.incrementAndGet();
			droppedCounter.increment();
			settled.incrementAndGet();
			if (count == 1 || count % 1_000 == 0) {
				log.warn("Audit queue full: {} event(s) dropped so far (latest: {} by {})", count,
						event.properties().get("kind"), event.properties().get("who"));
			}
		}
	}

	private void drain() {
		var batch = new ArrayList<AuditEvent>(BATCH);
		long backoff = 0;
		while (!stopping || !queue.isEmpty() || !batch.isEmpty()) {
			try {
				if (batch.isEmpty()) {
					var first = queue.poll(200, TimeUnit.MILLISECONDS);
					if (first == null) {
						continue;
					}
					batch.add(first);
					queue.drainTo(batch, BATCH - 1);
				}
				try {
					write(batch);
					settled.addAndGet(batch.size());
					batch.clear();
				}
				catch (RuntimeException ex) {
					if (!GraphTransport.isRefusedStatement(ex)) {
						throw ex;
					}
					writeOneByOne(batch);
				}
				backoff = 0;
			}
			catch (InterruptedException ex) {
				if (!stopping) {
					continue;
				}
				break;
			}
			catch (RuntimeException ex) {
				// The database is away (or refused the batch): keep the batch and try
				// again, slower each time.
				backoff = Math.min(backoff == 0 ? 250 : backoff * 2, 5_000);
				if (backoff == 250) {
					log.warn("Audit events not written yet ({}); retrying", ex.getMessage());
				}
				if (stopping) {
					log.warn("{} audit event(s) not written at shutdown: {}", batch.size() + queue.size(),
							ex.getMessage());
					break;
				}
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					if (stopping) {
						break;
					}
				}
			}
		}
	}

	/**
	 * Writes a refused batch an event at a time, so that only the event the database will
	 * not store is lost. Should the database go away meanwhile, the events not yet
	 * written stay in the batch for the next try.
	 */
	private void writeOneByOne(List<AuditEvent> batch) {
		for (var events = batch.iterator(); events.hasNext();) {
			var event = events.next();
			try {
				write(List.of(event));
			}
			catch (RuntimeException ex) {
				if (!GraphTransport.isRefusedStatement(ex)) {
					throw ex;
				}
				rejected.incrementAndGet();
				rejectedCounter.increment();
				log.error("Audit event {} ({} by {}) refused by the database and dropped: {}",
						event.properties().get("id"), event.properties().get("kind"), event.properties().get("who"),
						ex.getMessage());
			}
			settled.incrementAndGet();
			events.remove();
		}
	}

	private void write(List<AuditEvent> batch) {
		var events = batch.stream().map(AuditEvent::properties).toList();
		sessions.transport().write(tx -> tx.run(CREATE, Map.of("events", events)));
	}

	/**
	 * Writes what is queued before the database connection closes (the CLI's context
	 * closes right after its work).
	 */
	@Override
	public void destroy() {
		flush(Duration.ofSeconds(5));
		stopping = true;
		writer.interrupt();
		try {
			writer.join(2_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
