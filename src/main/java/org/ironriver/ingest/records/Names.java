package org.ironriver.ingest.records;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.ironriver.model.EntityIds;
import org.ironriver.model.NodeType;

/**
 * Normalized names, derived ids and source ids: the keys by which imported rows find what
 * the graph has.
 */
public final class Names {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Names() {
	}

	/**
	 * The form names are matched in: Unicode-compatibility normalized, lower case, every
	 * run of punctuation and whitespace one space. "Smith &amp; Wesson Brands, Inc." and
	 * "SMITH WESSON BRANDS INC" are the same name; accents are kept ("México" is not
	 * "Mexico": aliases cover that).
	 */
	public static String normalize(String name) {
		if (name == null) {
			return "";
		}
		var text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return NOT_WORD.matcher(text).replaceAll(" ").strip();
	}

	/**
	 * The id given to an entity created from a name: type and name slug, e.g.
	 * {@code person-jane-doe}.
	 */
	public static String entityId(NodeType type, String name) {
		var slug = EntityIds.slug(name);
		var base = EntityIds.slug(type.label()) + "-" + (slug.isEmpty() ? shortHash(normalize(name)) : slug);
		return base;
	}

	/** The same id made unique when the plain one is taken by another entity. */
	public static String disambiguated(String id, NodeType type, String name) {
		return id + "-" + shortHash(type.label() + "|" + normalize(name)).substring(0, 6);
	}

	/**
	 * The form a URL is compared in: scheme and host lower case, default port, fragment
	 * and a lone trailing '/' dropped. Path and query are kept as given (they are
	 * case-sensitive on most servers).
	 */
	public static String normalizeUrl(String url) {
		try {
			var uri = new URI(url.strip());
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
					|| ("https".equals(scheme) && port == 443);
			var path = uri.getRawPath() == null ? "" : uri.getRawPath();
			if (path.equals("/")) {
				path = "";
			}
			return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("'" + url + "' is not a URL");
		}
	}

	/**
	 * The id of the Source for a URL: the same URL, however written, in any row of any
	 * file is one Source.
	 */
	public static String sourceId(String url) {
		return "src-" + shortHash(normalizeUrl(url));
	}

	/**
	 * 12 hex characters of SHA-256: 48 bits, no collision expected below millions of
	 * keys.
	 */
	public static String shortHash(String text) {
		return DigestUtils.sha256Hex(text).substring(0, 12);
	}

	/**
	 * A Lucene query for one whole term, as a keyword-analyzed full-text index holds it
	 * (an id).
	 */
	public static String exactTermQuery(String term) {
		return "\"" + term.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * Words of a name escaped for a Lucene query, all required: finds candidates, which
	 * are then compared exactly.
	 */
	public static String fulltextQuery(String name) {
		var raw = words(name.strip().split("\\s+"));
		var normalized = words(normalize(name).split(" "));
		return raw.equals(normalized) ? raw : "(" + raw + ") OR (" + normalized + ")";
	}

	private static String words(String[] words) {
		var query = new StringBuilder();
		for (var word : words) {
			if (normalize(word).isEmpty()) {
				continue;
			}
			if (!query.isEmpty()) {
				query.append(" AND ");
			}
			for (var c : word.toLowerCase(Locale.ROOT).toCharArray()) {
				if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) {
					query.append('\\');
				}
				query.append(c);
			}
		}
		return query.toString();
	}

}
