package org.ironriver.problems;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Boot's {@code /error}, where the servlet container sends what no controller answered (a
 * 400 from parameter parsing, a 401 from authentication, an exception thrown in a
 * filter), as a problem detail instead of Boot's own JSON. The media type is set, not
 * negotiated, so a client that accepts only HTML still learns what went wrong. Hidden
 * from the OpenAPI document: it is no endpoint of the API.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// Asked for directly, /error is just a path that does not exist.
		var status = code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var problem = ProblemDetail.forStatusAndDetail(status, detail(status, request));
		problem.setTitle(status.getReasonPhrase());
		if (uri instanceof String path) {
			problem.setInstance(instance(path));
		}
		var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, ApiExceptionHandler.RETRY_AFTER_SECONDS);
		}
		return answer.body(problem);
	}

	/**
	 * The path as a URI reference, with whatever made it malformed quoted rather than
	 * thrown.
	 */
	private static URI instance(String path) {
		try {
			return new URI(null, null, path, null);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String detail(HttpStatus status, HttpServletRequest request) {
		if (status.is5xxServerError()) {
			// The container has logged the exception with its stack trace; the client
			// learns nothing of the inside.
			return "the server could not answer this request; the failure is logged";
		}
		var message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (message instanceof String text && !text.isBlank()) {
			return text;
		}
		return switch (status) {
			case NOT_FOUND -> "no such path";
			case BAD_REQUEST -> "the request is malformed (a parameter, a %-escape or the body could not be read)";
			default -> status.getReasonPhrase();
		};
	}

}
