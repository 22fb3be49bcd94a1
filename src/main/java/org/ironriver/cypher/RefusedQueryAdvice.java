package org.ironriver.cypher;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused or failing analyst query is a 400 like any bad request, titled so a client can tell it from a malformed
 * request body; the detail says why. Ordered before the application-wide handler, which would answer it as a plain
 * bad request.
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
}
