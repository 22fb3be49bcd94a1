package org.ironriver.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Walks every operation of the live OpenAPI document, with real ids from the curated
 * graph, as each role and as nobody: an allowed call is never 401 or 403 (it is 2xx, or a
 * 4xx for what the bare call lacks, a body or a file), a call the role does not cover is
 * 403, and without credentials 401. The expected role is written here from the rules of
 * the issue, independently of {@link EndpointRoles}, so the two must agree.
 */
@TeamInstallation
class EveryOperationRoleTest {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	record Operation(HttpMethod method, String template, String uri) {
	}

	/** What the issue says each kind of operation needs. */
	static Role expected(Operation operation) {
		var path = operation.template();
		if (path.startsWith("/api/audit") || path.startsWith("/actuator")) {
			return Role.ADMIN;
		}
		if (path.startsWith("/api/queries")) {
			return Role.READER;
		}
		if (operation.method() == HttpMethod.POST && path.equals("/api/cypher")) {
			return Role.ANALYST;
		}
		return operation.method() == HttpMethod.GET ? Role.READER : Role.EDITOR;
	}

	@Test
	void every_operation_of_the_openapi_document_is_open_to_its_roles_and_refused_to_the_others() throws Exception {
		var operations = operations();
		assertThat(operations).extracting(Operation::template)
			.contains("/api/entities/{id}", "/api/cases/{id}", "/api/cypher", "/api/queries/{name}",
					"/api/imports/{kind}");

		var failures = new ArrayList<String>();
		var counted = new LinkedHashMap<Role, Integer>();
		for (var operation : operations) {
			var needed = expected(operation);
			counted.merge(needed, 1, Integer::sum);
			for (var role : Role.values()) {
				int status = call(operation, Team.basic(role.label()));
				boolean allowed = role.ordinal() >= needed.ordinal();
				if (allowed ? (status == 401 || status == 403) : status != 403) {
					failures.add(operation.method() + " " + operation.uri() + " as " + role.label() + ": " + status
							+ (allowed ? ", should be allowed" : ", should be 403"));
				}
			}
			int anonymous = call(operation, null);
			if (anonymous != 401) {
				failures
					.add(operation.method() + " " + operation.uri() + " anonymous: " + anonymous + ", should be 401");
			}
		}
		assertThat(failures).isEmpty();
		// Reads, one analyst operation and the upload at least: the walk covered every
		// kind.
		assertThat(counted.get(Role.READER)).isGreaterThan(15);
		assertThat(counted.get(Role.ANALYST)).isEqualTo(1);
		assertThat(counted.get(Role.EDITOR)).isGreaterThanOrEqualTo(1);
	}

	private int call(Operation operation, String authorization) throws Exception {
		MockHttpServletRequestBuilder builder = request(operation.method(), operation.uri());
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		var response = mvc.perform(builder).andReturn().getResponse();
		if (response.getStatus() == 401 || response.getStatus() == 403) {
			assertThat(response.getContentType()).as(operation.method() + " " + operation.uri())
				.isEqualTo("application/problem+json");
		}
		return response.getStatus();
	}

	@SuppressWarnings("unchecked")
	private List<Operation> operations() throws Exception {
		var admin = Team.basic("admin");
		var document = mvc.perform(get("/v3/api-docs").header("Authorization", admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var queries = mvc.perform(get("/api/queries").header("Authorization", admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String queryName = JsonPath.read(queries, "$[0].name");

		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		var operations = new ArrayList<Operation>();
		paths.forEach((template, methods) -> methods.forEach((method, definition) -> {
			if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
				return;
			}
			var parameters = (List<Map<String, Object>>) ((Map<String, Object>) definition).getOrDefault("parameters",
					List.of());
			var uri = new StringBuilder(fill(template, parameters, queryName));
			var separator = '?';
			for (var parameter : parameters) {
				if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))
						&& parameter.get("example") != null) {
					uri.append(separator).append(parameter.get("name")).append('=').append(parameter.get("example"));
					separator = '&';
				}
			}
			operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase()), template, uri.toString()));
		}));
		return operations;
	}

	/**
	 * Path variables from the curated graph: the parameter's own example, or a real id of
	 * the right kind.
	 */
	private static String fill(String template, List<Map<String, Object>> parameters, String queryName) {
		Matcher matcher = PATH_VARIABLE.matcher(template);
		var filled = new StringBuilder();
		while (matcher.find()) {
			var name = matcher.group(1);
			Object value = parameters.stream()
				.filter(p -> "path".equals(p.get("in")) && name.equals(p.get("name")) && p.get("example") != null)
				.map(p -> p.get("example"))
				.findFirst()
				.orElse(null);
			if (value == null) {
				value = template.startsWith("/api/cases") ? "mx-v-sw-dmass"
						: template.startsWith("/api/laws") ? "plcaa" : template.startsWith("/api/queries") ? queryName
								: template.startsWith("/api/imports") ? "facts" : "spragues-sports";
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(String.valueOf(value)));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

}
