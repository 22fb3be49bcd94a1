package org.ironriver.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one client may send and how often: sizes that take real work (a monthly ATF
 * listing is hundreds of MB) and refuse what no real request needs.
 *
 * @param uploadMaxSize largest upload ({@code IRONRIVER_UPLOAD_MAX_SIZE}); uploads are
 * streamed to disk, so this bounds disk, not memory
 * @param jsonMaxSize largest JSON request body ({@code IRONRIVER_JSON_MAX_SIZE}), counted
 * while reading, so a chunked body without a Content-Length is bounded too
 * @param rateLimitPerMinute requests a minute one principal, API key or address may make
 * to the analyst endpoints ({@code IRONRIVER_RATE_LIMIT_PER_MINUTE}), with a burst of as
 * many; 0 turns the limit off
 */
@ConfigurationProperties("ironriver.limits")
public record LimitsProperties(@DefaultValue("2GB") DataSize uploadMaxSize, @DefaultValue("1MB") DataSize jsonMaxSize,
		@DefaultValue("120") int rateLimitPerMinute) {

	/**
	 * The environment variables named in answers, so a refused client (or its admin)
	 * knows what to change.
	 */
	static final String UPLOAD_VARIABLE = "IRONRIVER_UPLOAD_MAX_SIZE";

	static final String JSON_VARIABLE = "IRONRIVER_JSON_MAX_SIZE";

	static final String RATE_VARIABLE = "IRONRIVER_RATE_LIMIT_PER_MINUTE";

	public LimitsProperties {
		if (uploadMaxSize.toBytes() < 1 || jsonMaxSize.toBytes() < 1) {
			throw new IllegalArgumentException(UPLOAD_VARIABLE + " and " + JSON_VARIABLE + " must be positive sizes");
		}
		if (rateLimitPerMinute < 0) {
			throw new IllegalArgumentException(RATE_VARIABLE + " must be 0 (off) or a positive number");
		}
	}

	/**
	 * A size as people write it: 2GB, 1MB, 512KB, or bytes when it is none of those
	 * exactly.
	 */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		for (var unit : new String[] { "TB", "GB", "MB", "KB" }) {
			var whole = DataSize.parse("1" + unit).toBytes();
			if (bytes >= whole && bytes % whole == 0) {
				return bytes / whole + unit;
			}
		}
		return bytes + "B";
	}
}
