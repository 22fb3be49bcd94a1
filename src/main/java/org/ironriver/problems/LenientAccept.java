package org.ironriver.problems;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An Accept header that is not a list of media types ({@code Accept: "},
 * {@code Accept: csv}) is disregarded, as RFC 9110 (12.5.1) allows, instead of failing
 * the request. Spring's own strategy throws, and when it throws while an error is being
 * answered, the error goes out with no body at all; disregarded, it is a problem detail
 * like any other. An Accept header that parses but matches nothing is still a 406.
 */
@Configuration(proxyBeanMethods = false)
class LenientAccept implements WebMvcConfigurer {

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new HeaderContentNegotiationStrategy() {
			@Override
			public List<MediaType> resolveMediaTypes(NativeWebRequest request)
					throws HttpMediaTypeNotAcceptableException {
				try {
					return super.resolveMediaTypes(request);
				}
				catch (HttpMediaTypeNotAcceptableException unparsable) {
					return MEDIA_TYPE_ALL_LIST;
				}
			}
		}));
	}

}
