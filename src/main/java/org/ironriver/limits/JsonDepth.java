package org.ironriver.limits;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON nested deeper than any request of this API needs is refused by the parser (400)
 * before it builds anything. Jackson 3's factories are immutable and a
 * {@link JsonMapperBuilderCustomizer} cannot swap the factory, so this replaces Boot's
 * {@code JsonMapper.Builder} with one on a constrained factory and applies Boot's
 * customizers to it, as Boot's own builder bean does.
 */
@Configuration(proxyBeanMethods = false)
class JsonDepth {

	/**
	 * Analysts' parameters are maps of lists at most a few levels deep; Jackson's own
	 * default is 500. Deep enough for any real parameter map, shallow enough that a
	 * 10,000-level document stops within its first kilobyte.
	 */
	static final int MAX_NESTING_DEPTH = 64;

	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
		var factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
			.build();
		var builder = JsonMapper.builder(factory);
		customizers.forEach(customizer -> customizer.customize(builder));
		return builder;
	}

}
