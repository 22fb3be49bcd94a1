package org.ironriver.analyst;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused or failing analyst query is a 400 like any bad request, titled so a client
 * can tell it from a malformed request body; the detail says why. Ordered before the
 * application-wide handler, which would answer it as a plain bad request. All analyst
 * query slots taken is a 503 with {@code Retry-After}: nothing is wrong with the query.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedQueryAdvice {

	@ExceptionHandler(RefusedQueryException.class)
	ProblemDetail refused(RefusedQueryException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Query refused");
		return problem;
	}

	@ExceptionHandler(AnalystQueriesBusyException.class)
	ResponseEntity<ProblemDetail> busy(AnalystQueriesBusyException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Too many analyst queries");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
