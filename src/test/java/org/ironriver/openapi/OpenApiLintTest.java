package org.ironriver.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openapitools.empoa.swagger.core.internal.SwAdapter;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;
import org.openapitools.openapistylevalidator.ValidatorParameters;
import org.openapitools.openapistylevalidator.ValidatorParameters.NamingConvention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The document the running application serves at {@code /v3/api-docs}, linted by two
 * OpenAPI linters: swagger-parser's validation (structure and references: what every
 * OpenAPI tool needs to read it) and OpenAPITools' openapi-style-validator (descriptions,
 * summaries, tags, ids, naming). Zero messages from either.
 */
@IntegrationTest
class OpenApiLintTest {

	@Autowired
	MockMvc mvc;

	private String document() throws Exception {
		return mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
	}

	private SwaggerParseResult parsed() throws Exception {
		var options = new ParseOptions();
		options.setResolve(true);
		// Validate the document as served: no flattening or rewriting before the checks.
		options.setResolveFully(false);
		return new OpenAPIV3Parser().readContents(document(), null, options);
	}

	@Test
	void swagger_parser_finds_nothing_wrong_with_the_document() throws Exception {
		var result = parsed();
		assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
		assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
		assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/search", "/api/cypher", "/api/imports/{kind}");
	}

	@Test
	void the_style_validator_finds_no_error_in_the_document() throws Exception {
		var errors = new OpenApiSpecStyleValidator(SwAdapter.toOpenAPI(parsed().getOpenAPI())).validate(rules());
		assertThat(errors).as("openapi-style-validator errors").extracting(Object::toString).isEmpty();
	}

	@Test
	void the_style_validator_does_report_a_document_that_breaks_its_rules() throws Exception {
		// The linter is really running: strip the summary and tags off one operation and
		// it says so.
		var api = parsed().getOpenAPI();
		var search = api.getPaths().get("/api/search").getGet();
		search.setSummary(null);
		search.setTags(null);
		var errors = new OpenApiSpecStyleValidator(SwAdapter.toOpenAPI(api)).validate(rules());
		assertThat(errors).extracting(Object::toString)
			.anySatisfy(e -> assertThat(e).contains("summary").contains("/api/search"))
			.anySatisfy(e -> assertThat(e).contains("tags").contains("/api/search"));
	}

	/**
	 * Every rule on, at its default, except those listed with the reason they are off.
	 * (Info contact and licence: the repository names neither, and the document says so
	 * rather than invent one. Model property examples and descriptions: the answer
	 * records' fields are documented in docs/ and shown by example in each operation's
	 * parameters; per-field annotations on every record would repeat them.)
	 */
	static ValidatorParameters rules() {
		return new ValidatorParameters().setValidateInfoContact(false)
			.setValidateInfoLicense(false)
			.setValidateModelPropertiesExample(false)
			.setValidateModelPropertiesDescription(false)
			// Paths in hyphen-case (/appeal-chain), parameters and properties in
			// camelCase (maxHops), headers as
			// HTTP writes them (Retry-After); X- headers (X-API-Key, X-Truncated) keep
			// their conventional case.
			.setPathNamingConvention(NamingConvention.HyphenCase)
			.setParameterNamingConvention(NamingConvention.CamelCase)
			.setPropertyNamingConvention(NamingConvention.CamelCase)
			.setHeaderNamingConvention(NamingConvention.HyphenUpperCase)
			.setIgnoreHeaderXNaming(true)
			.setSchemaNamingConvention(NamingConvention.PascalCase)
			.setAllowedModelProperties(List.of());
	}

}
