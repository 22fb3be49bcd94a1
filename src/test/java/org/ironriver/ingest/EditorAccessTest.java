package org.ironriver.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.ErrorResponseException;

/**
 * The editors' token rules, on the guard itself: a server with a token configured is a separate Spring context,
 * and the rules need no database. The shared-context tests (ImportRobustnessTest) cover the guard in the running
 * application without a token.
 */
class EditorAccessTest {

	final EditorAccess.Guard guard = new EditorAccess.Guard(new EditorProperties("s3cret-editor-token"));

	MockHttpServletRequest upload(String remoteAddress) {
		var request = new MockHttpServletRequest("POST", "/api/imports/facts");
		request.setRemoteAddr(remoteAddress);
		return request;
	}

	@Test
	void with_a_token_an_upload_from_anywhere_that_carries_it_is_let_through() {
		var request = upload("203.0.113.7");
		request.addHeader("Authorization", "Bearer s3cret-editor-token");

		assertThat(guard.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
	}

	@Test
	void with_a_token_an_upload_without_it_or_with_another_is_401_even_from_this_machine() {
		for (var authorization : new String[] { null, "Bearer wrong", "Basic czNjcmV0LWVkaXRvci10b2tlbg==", "Bearer " }) {
			var request = upload("127.0.0.1");
			if (authorization != null) {
				request.addHeader("Authorization", authorization);
			}
			assertThatThrownBy(() -> guard.preHandle(request, new MockHttpServletResponse(), new Object()))
				.isInstanceOfSatisfying(ErrorResponseException.class, ex -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
					assertThat(ex.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
					assertThat(ex.getBody().getDetail()).contains("IRONRIVER_EDITOR_TOKEN");
				});
		}
	}

	@Test
	void reads_of_the_import_record_need_no_token() {
		var request = new MockHttpServletRequest("GET", "/api/imports");
		request.setRemoteAddr("203.0.113.7");

		assertThat(guard.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
	}

	@Test
	void a_cross_site_upload_is_refused_even_with_the_token_and_a_same_origin_one_is_not() {
		var foreign = upload("127.0.0.1");
		foreign.addHeader("Authorization", "Bearer s3cret-editor-token");
		foreign.addHeader("Origin", "https://attacker.example");
		foreign.setServerName("localhost");
		foreign.setServerPort(8080);
		assertThatThrownBy(() -> guard.preHandle(foreign, new MockHttpServletResponse(), new Object()))
			.isInstanceOfSatisfying(ErrorResponseException.class,
					ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));

		var own = upload("127.0.0.1");
		own.addHeader("Authorization", "Bearer s3cret-editor-token");
		own.addHeader("Origin", "http://localhost:8080");
		own.setServerName("localhost");
		own.setServerPort(8080);
		assertThat(guard.preHandle(own, new MockHttpServletResponse(), new Object())).isTrue();
	}
}
