package org.ironriver.problems;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers some requests before any servlet sees them: a request line or header
 * with a character HTTP does not allow, a bad %-escape or an encoded slash in the path, a
 * header section too large. Its own error report is an HTML page; this replaces it, for
 * the whole host, with a problem detail. Only a response nothing has been written to yet
 * is reported, exactly as Tomcat's own valve does, so everything the application answers
 * is left alone.
 */
@Configuration(proxyBeanMethods = false)
class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// The context is already the host's child when context customizers run, and the
		// host adds its error valve
		// (of the class named here) only when it starts.
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

	/** Tomcat instantiates it by name, so it is public with a public constructor. */
	public static class ProblemReportValve extends ErrorReportValve {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int code = response.getStatus();
			if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			// A connection that can take no more output (the client is gone) gets no
			// report.
			var ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			var status = HttpStatus.resolve(code);
			var problem = new LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", status != null ? status.getReasonPhrase() : "Error");
			problem.put("status", code);
			problem.put("detail", detail(code));
			try {
				if (code == 503) {
					response.setHeader(HttpHeaders.RETRY_AFTER, ApiExceptionHandler.RETRY_AFTER_SECONDS);
				}
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				var writer = response.getReporter();
				if (writer != null) {
					writer.write(JSON.writeValueAsString(problem));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// As Tomcat's own valve: the response could not be written, and there is
				// no one left to tell.
			}
		}

		private static String detail(int code) {
			return switch (code) {
				case 400 ->
					"the server could not parse the request: the request line, a header or the URL is malformed "
							+ "(a character HTTP does not allow, a bad %-escape, an encoded slash or backslash)";
				case 404 -> "no such path";
				case 413 -> "the request is larger than this server accepts";
				case 414 -> "the URL is longer than this server accepts";
				case 431 -> "the request's headers are larger than this server accepts";
				case 505 -> "this server speaks HTTP/1.1 and HTTP/1.0 only";
				default -> code >= 500 ? "the server could not answer this request; the failure is logged"
						: "the server refused the request before it reached the application";
			};
		}

	}

}
