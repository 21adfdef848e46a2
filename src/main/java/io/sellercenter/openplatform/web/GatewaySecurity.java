package io.sellercenter.openplatform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The gateway authenticates each call by its signature and access token itself: no session, no CSRF token. */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    @Order(0)
    SecurityFilterChain gatewayCalls(HttpSecurity http) throws Exception {
        http.securityMatcher("/sync", "/rest", "/rest/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
        return http.build();
    }
}
