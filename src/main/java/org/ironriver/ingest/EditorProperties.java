package org.ironriver.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may upload imports over HTTP ({@code POST /api/imports/{kind}}).
 *
 * @param token the editors' shared secret ({@code IRONRIVER_EDITOR_TOKEN}), sent as {@code Authorization: Bearer …};
 * unset, uploads are taken from this machine only, like the embedded database's Bolt port
 */
@ConfigurationProperties("ironriver.editor")
public record EditorProperties(String token) {

	public EditorProperties {
		token = token == null || token.isBlank() ? null : token.strip();
	}
}
