package org.ironriver.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The endpoints that make the database work hardest (ad-hoc Cypher, library queries,
 * paths and tracing, and entity resolution, whose candidates compare every comparable
 * entity of the graph on each call) are rate limited per caller:
 * {@code IRONRIVER_RATE_LIMIT_PER_MINUTE} requests a minute, refilled continuously, with
 * a burst of as many. A caller is the authenticated principal, else the API key it sends,
 * else its address; over the limit is a 429 problem detail with {@code Retry-After}. An
 * interceptor rather than a filter, so it runs after authentication has named the
 * principal, and only on requests that reach one of these endpoints.
 */
@Configuration(proxyBeanMethods = false)
class RateLimits implements WebMvcConfigurer {

	static final String[] LIMITED_PATHS = { "/api/cypher", "/api/cypher/**", "/api/queries", "/api/queries/**",
			"/api/paths", "/api/paths/**", "/api/trace", "/api/trace/**", "/api/resolution", "/api/resolution/**" };

	/**
	 * Buckets of callers not seen for this long are dropped, and at most this many are
	 * kept (least recently used go first): many distinct callers cannot grow memory, and
	 * a dropped bucket only comes back full, as it would have refilled by then anyway.
	 */
	private static final Duration IDLE = Duration.ofMinutes(10);

	private static final int MAX_CALLERS = 10_000;

	private final LimitsProperties limits;

	RateLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (limits.rateLimitPerMinute() > 0) {
			registry.addInterceptor(new Limiter(limits.rateLimitPerMinute())).addPathPatterns(LIMITED_PATHS);
		}
	}

	static final class Limiter implements HandlerInterceptor {

		private final int perMinute;

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(MAX_CALLERS)
			.expireAfterAccess(IDLE)
			.build();

		Limiter(int perMinute) {
			this.perMinute = perMinute;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			var bucket = buckets.get(caller(request),
					key -> Bucket.builder()
						.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
						.build());
			var probe = bucket.tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				return true;
			}
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"more than " + perMinute + " requests a minute to the query endpoints from this caller; retry in "
							+ seconds + " s (the server's limit is " + LimitsProperties.RATE_VARIABLE + ")");
			problem.setTitle("Too many requests");
			var refusal = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
			refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			throw refusal;
		}

		/** Who is asking: the key never holds a secret, only a hash of an API key. */
		static String caller(HttpServletRequest request) {
			var principal = request.getUserPrincipal();
			if (principal != null && principal.getName() != null) {
				return "user:" + principal.getName();
			}
			var key = request.getHeader("X-API-Key");
			if (key != null && !key.isBlank()) {
				return "key:" + DigestUtils.sha256Hex(key.strip());
			}
			return "address:" + request.getRemoteAddr();
		}

	}

}
