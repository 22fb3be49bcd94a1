package org.ironriver.security;

import org.apache.commons.lang3.StringUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The editors' shared token, kept from before roles existed: it is an API key with the
 * editor role.
 *
 * @param token the secret ({@code IRONRIVER_EDITOR_TOKEN}), sent as
 * {@code Authorization: Bearer …} or {@code X-API-Key: …}; unset, there is no such key
 */
@ConfigurationProperties("ironriver.editor")
record EditorProperties(String token) {

	EditorProperties {
		token = StringUtils.stripToNull(token);
	}
}
