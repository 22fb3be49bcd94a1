package org.ironriver.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The security filter chain: the host and origin check first of all, then who the request
 * is (local single user, API key, HTTP Basic or a login session, an identity provider's
 * JWT), then whether that role may call the endpoint ({@link EndpointRoles}). Only for
 * the web application: the command line's own contexts serve no HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	Accounts accounts(SecurityProperties properties, EditorProperties editors) {
		return Accounts.load(properties, editors);
	}

	@Bean
	SecurityMode securityMode(Accounts accounts, SecurityProperties properties, Environment environment) {
		return new SecurityMode(accounts, properties.oidc(), environment.getProperty("server.address"));
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return Role.hierarchy();
	}

	/**
	 * {@code {bcrypt}…} and Spring Security's other encodings; the configuration accepts
	 * bcrypt only.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(Accounts accounts) {
		var users = accounts.users()
			.stream()
			.map(user -> User.withUsername(user.name())
				.password(user.passwordHash())
				.authorities(user.role().grantedAuthorities())
				.build())
			.toList();
		return new InMemoryUserDetailsManager(new ArrayList<>(users));
	}

	@Bean
	Refusals refusals(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, SecurityMode mode,
			SecurityProperties properties) {
		return new Refusals(resolver, mode, properties.oidc().enabled());
	}

	/**
	 * Before every other filter but the forwarded-header one (so a proxy's
	 * {@code X-Forwarded-Host} counts when enabled).
	 */
	@Bean
	FilterRegistrationBean<HostAndOriginFilter> hostAndOriginFilter(SecurityProperties properties, Refusals refusals) {
		var registration = new FilterRegistrationBean<>(new HostAndOriginFilter(properties.allowedHosts(), refusals));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityMode mode, Accounts accounts,
			SecurityProperties properties, Refusals refusals) throws Exception {
		var oidc = properties.oidc();
		// Cross-site writes are refused by HostAndOriginFilter (Origin / Sec-Fetch-Site),
		// for every client alike.
		http.csrf(csrf -> csrf.disable());
		// Also first in the chain: the actuator on its own MANAGEMENT_PORT gets this
		// chain but not the servlet filter
		// registered above, and a rebound page must not read it there either (on the
		// application's port the check
		// has run already and passes again).
		http.addFilterBefore(new HostAndOriginFilter(properties.allowedHosts(), refusals),
				DisableEncodeUrlFilter.class);
		http.authorizeHttpRequests(EndpointRoles::authorize);
		// As the default entry point (first, for every request), not as "the" entry
		// point: Spring Security then still
		// generates its login page.
		http.exceptionHandling(
				handling -> handling.defaultAuthenticationEntryPointFor(refusals, AnyRequestMatcher.INSTANCE)
					.accessDeniedHandler(refusals));
		if (mode.local()) {
			http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
			http.addFilterBefore(new LocalUser(mode.localUser()), AnonymousAuthenticationFilter.class);
			http.anonymous(anonymous -> anonymous.authorities(Role.READER.authority()));
			return http.build();
		}
		var keys = new ApiKeyFilter(accounts, oidc.enabled(), refusals);
		http.addFilterBefore(keys, BasicAuthenticationFilter.class);
		http.httpBasic(basic -> basic.realmName("ironriver").authenticationEntryPoint(refusals));
		http.formLogin(Customizer.withDefaults());
		// Only a page a web browser navigated to is worth returning to after the login
		// (not every API call's session).
		var pages = new HttpSessionRequestCache();
		pages.setRequestMatcher(Refusals::pageRequest);
		http.requestCache(cache -> cache.requestCache(pages));
		http.logout(Customizer.withDefaults());
		if (oidc.enabled()) {
			var tokens = new DefaultBearerTokenResolver();
			http.oauth2ResourceServer(server -> server
				.bearerTokenResolver(request -> keys.isKey(request) ? null : tokens.resolve(request))
				.authenticationEntryPoint(refusals)
				.accessDeniedHandler(refusals)
				.jwt(jwt -> jwt.decoder(jwtDecoder(oidc)).jwtAuthenticationConverter(source -> {
					var authorities = rolesOf(source, oidc.rolesClaim());
					var name = source.getClaimAsString("preferred_username");
					return new JwtAuthenticationToken(source, authorities, name != null ? name : source.getSubject());
				})));
		}
		return http.build();
	}

	/**
	 * Keys from the issuer's discovery document (looked up at the first token, so a
	 * start-up does not depend on the provider being up) or from the configured key set;
	 * the issuer, validity times and audience are checked.
	 */
	static JwtDecoder jwtDecoder(SecurityProperties.Oidc oidc) {
		var lazy = new SupplierJwtDecoder(() -> {
			var decoder = oidc.jwkSetUri() != null ? NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build()
					: NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
			var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
			validators.add(oidc.issuerUri() != null ? JwtValidators.createDefaultWithIssuer(oidc.issuerUri())
					: JwtValidators.createDefault());
			if (oidc.audience() != null) {
				validators.add(new JwtClaimValidator<List<String>>("aud",
						audiences -> audiences != null && audiences.contains(oidc.audience())));
			}
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
			return decoder;
		});
		return token -> {
			try {
				return lazy.decode(token);
			}
			catch (JwtDecoderInitializationException ex) {
				// Tried again at the next token; meanwhile the token cannot be checked,
				// so it is not accepted.
				throw new BadJwtException(
						"the identity provider (" + (oidc.issuerUri() != null ? oidc.issuerUri() : oidc.jwkSetUri())
								+ ") cannot be reached to check the token; retry shortly",
						ex);
			}
		};
	}

	/**
	 * The roles a token's claim names (a list or a space-separated string), each with the
	 * roles it includes.
	 */
	static Collection<GrantedAuthority> rolesOf(Jwt jwt, String claimPath) {
		Object value = jwt.getClaims();
		for (var step : claimPath.split("\\.")) {
			value = value instanceof Map<?, ?> map ? map.get(step) : null;
		}
		var names = new ArrayList<String>();
		if (value instanceof Collection<?> list) {
			list.forEach(item -> names.add(String.valueOf(item)));
		}
		else if (value instanceof String text) {
			names.addAll(List.of(text.split("[\\s,]+")));
		}
		var authorities = new java.util.LinkedHashSet<GrantedAuthority>();
		for (var name : names) {
			Role.parse(name).ifPresent(role -> authorities.addAll(role.grantedAuthorities()));
		}
		return List.copyOf(authorities);
	}

}
