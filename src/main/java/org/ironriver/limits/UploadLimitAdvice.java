package org.ironriver.limits;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over {@code IRONRIVER_UPLOAD_MAX_SIZE} is a 413 that names the limit and the
 * variable, so an editor with a larger listing knows what to ask for. Ordered before the
 * application-wide handler, which would say only that a limit was exceeded.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final LimitsProperties limits;

	UploadLimitAdvice(LimitsProperties limits) {
		this.limits = limits;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"the upload is larger than " + LimitsProperties.readable(limits.uploadMaxSize())
						+ ", the limit this server is configured with (" + LimitsProperties.UPLOAD_VARIABLE + ")");
		problem.setTitle("Upload too large");
		problem.setProperty("limitBytes", limits.uploadMaxSize().toBytes());
		return problem;
	}

}
