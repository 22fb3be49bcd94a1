package org.ironriver.problems;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Errors are answers: RFC 9457 problem details for every API error. Spring's own handler
 * covers malformed requests (missing or mistyped parameters, unreadable bodies) with 400;
 * this adds the application's own cases and turns an unreachable database into 503, which
 * clears by itself once the database is back (the driver reconnects on the next request).
 * Every 503 carries Retry-After.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** How long a client should wait before retrying a 503, in seconds. */
	static final String RETRY_AFTER_SECONDS = "5";

	/** The driver's words when its pool has no connection to give (driver 5 and 6). */
	private static final String POOL_EXHAUSTED = "Unable to acquire connection from the pool";

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler({ BadRequestException.class, IllegalArgumentException.class,
			jakarta.validation.ConstraintViolationException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	/**
	 * A multipart body that cannot be parsed (no boundary, a boundary that never ends) is
	 * the client's error. An upload over the size limit has its own, more specific answer
	 * (413).
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableMultipart(MultipartException ex) {
		var cause = ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
				: ex.getMessage();
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", "the multipart body could not be read: " + cause);
	}

	/**
	 * Tomcat decodes query parameters lazily, so a bad %-escape in one surfaces here
	 * rather than in Tomcat.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail undecodableParameter(InvalidParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"a query parameter could not be decoded (a bad %-escape or invalid UTF-8)");
	}

	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class,
			DataAccessResourceFailureException.class, TransientDataAccessResourceException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex) {
		if (poolExhausted(ex)) {
			return busy(ex);
		}
		log.warn("Database unavailable: {}", ex.getMessage());
		return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
				"the graph database cannot be reached right now; retry shortly"));
	}

	/**
	 * Every connection of the pool is taken and none came free within
	 * NEO4J_ACQUISITION_TIMEOUT. The driver says so with a client or transient error
	 * (translated or not, depending on the path the request took); either way it is the
	 * server being busy, not the request being wrong, so 503 with Retry-After. Any other
	 * client error is not this handler's to answer and goes on as it was.
	 */
	@ExceptionHandler({ ClientException.class, TransientException.class, NonTransientDataAccessException.class,
			TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> clientError(RuntimeException ex) {
		if (poolExhausted(ex)) {
			return busy(ex);
		}
		throw ex;
	}

	private ResponseEntity<ProblemDetail> busy(RuntimeException ex) {
		log.warn("Database busy: {}", ex.getMessage());
		return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database busy",
				"every connection to the graph database is in use; retry shortly"));
	}

	/**
	 * Whether the cause is the driver's pool having no connection to give within its
	 * acquisition timeout.
	 */
	private static boolean poolExhausted(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(POOL_EXHAUSTED)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every 503 says when to come back; the outages it stands for (a leader election, a
	 * busy pool) are short.
	 */
	private static ResponseEntity<ProblemDetail> unavailable(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem);
	}

	/**
	 * A body that could not be read because a limit stopped it: the limit's own answer
	 * (413 for a body over the size cap, thrown from inside the read and wrapped by
	 * Jackson on the way out), or the parser's constraint as the reason (JSON nested too
	 * deep). Anything else unreadable stays Spring's plain 400.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof ErrorResponseException limit) {
				return handleExceptionInternal(limit, limit.getBody(), limit.getHeaders(), limit.getStatusCode(),
						request);
			}
			if (cause instanceof StreamConstraintsException constraint) {
				var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
						"the JSON body exceeds a parser limit: " + constraint.getOriginalMessage());
				return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
			}
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	/** Spring's own 503s (an async request timing out) get Retry-After too. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (statusCode.value() == HttpStatus.SERVICE_UNAVAILABLE.value()
				&& !headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
			var withRetry = new HttpHeaders();
			withRetry.putAll(headers);
			withRetry.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			headers = withRetry;
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
