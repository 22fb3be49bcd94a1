package org.ironriver.web;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors are answers: RFC 9457 problem details for every API error. Spring's own handler covers malformed
 * requests (missing or mistyped parameters, unreadable bodies) with 400; this adds the application's own cases and
 * turns an unreachable database into 503, which clears by itself once the database is back (the driver reconnects
 * on the next request).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler({ BadRequestException.class, IllegalArgumentException.class,
			jakarta.validation.ConstraintViolationException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class,
			DataAccessResourceFailureException.class, TransientDataAccessResourceException.class })
	ProblemDetail databaseUnavailable(RuntimeException ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
				"the graph database cannot be reached right now; retry shortly");
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
