package org.ironriver.limits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps JSON request bodies ({@code IRONRIVER_JSON_MAX_SIZE}) by counting bytes as they
 * are read, so a chunked body with no Content-Length is bounded exactly like one that
 * declares its length; a declared length over the cap is refused before anything is read.
 * Tomcat's {@code maxPostSize} would not do: it bounds only form parameters, not a body
 * an application reads from the input stream. Multipart uploads have their own, larger
 * limit.
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final String readable;

	JsonBodyLimit(LimitsProperties limits) {
		this.maxBytes = limits.jsonMaxSize().toBytes();
		this.readable = LimitsProperties.readable(limits.jsonMaxSize());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(json(request) ? new Limited(request) : request, response);
	}

	private static boolean json(HttpServletRequest request) {
		var type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			var media = MediaType.parseMediaType(type);
			return media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			// Spring answers an unparsable Content-Type with 415 without reading the
			// body.
			return false;
		}
	}

	/**
	 * Thrown from inside the body's read: the message converters let it through, and it
	 * answers as a 413.
	 */
	private ErrorResponseException tooLarge() {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "the JSON body is larger than "
				+ readable + ", the limit this server is configured with (" + LimitsProperties.JSON_VARIABLE + ")");
		problem.setTitle("Request body too large");
		problem.setProperty("limitBytes", maxBytes);
		return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
	}

	private final class Limited extends HttpServletRequestWrapper {

		private ServletInputStream stream;

		Limited(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (getContentLengthLong() > maxBytes) {
				throw tooLarge();
			}
			if (stream == null) {
				stream = new Counting(super.getInputStream());
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			var encoding = getCharacterEncoding();
			var charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		Counting(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b != -1) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > maxBytes) {
				throw tooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
