package io.sellercenter.accounts.internal;

import io.sellercenter.shared.web.ProblemWriter;
import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        var bcrypt = new BCryptPasswordEncoder();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                // bcrypt refuses more than 72 bytes; such a password never matches.
                return raw.toString().getBytes(StandardCharsets.UTF_8).length <= AccountManagement.MAX_PASSWORD_BYTES
                        && bcrypt.matches(raw, encoded);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        // a streamed response finishes on an async dispatch the request was already authorized for
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/sellers",
                                "/api/v1/buyers",
                                "/api/v1/auth/tokens",
                                "/api/v1/payments/callbacks/*",
                                "/api/v1/carrier/events",
                                "/api/v1/warehouse/events")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                (request, response, ex) -> problems.write(response, 401, "UNAUTHENTICATED"))
                        .accessDeniedHandler((request, response, ex) -> problems.write(response, 403, "FORBIDDEN")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                "/login",
                                "/register",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/error",
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/sandbox/**")
                        .permitAll()
                        .requestMatchers("/staff/**")
                        .hasRole("STAFF")
                        .requestMatchers("/seller/**")
                        .hasAnyRole("MAIN", "SUB")
                        .anyRequest()
                        .authenticated())
                // the sandbox stands for an outside provider's site, reached without our session
                .csrf(csrf -> csrf.ignoringRequestMatchers("/sandbox/**"))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            if (exception instanceof PasswordLogin.LoginThrottledException throttled) {
                response.setHeader(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(throttled.retryAfter().toSeconds()));
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }
}
