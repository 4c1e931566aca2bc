package cn.fazhi.identity.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import cn.fazhi.identity.ApiTokens;
import cn.fazhi.identity.domain.LockoutAuthenticationProvider;
import cn.fazhi.identity.domain.LoginAttempts;
import cn.fazhi.identity.domain.LoginThrottle;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless and takes bearer tokens only, so it needs no CSRF
 * protection; pages use form login with CSRF, a 30-minute idle session (server.servlet.session.timeout) and a forced
 * password change. Both share one authentication provider with lockout. Headers: CSP without inline script or style,
 * frame denial, strict referrer policy, HSTS on TLS requests (X-Forwarded-Proto honoured behind a proxy).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Endpoints public by nature: the legal calendar and the token exchange itself. */
    static final String[] PUBLIC_API = {"/api/v1/auth/token", "/api/v1/calendar/**", "/api/v1/public/**"};
    static final String[] PUBLIC_PAGES = {"/login", "/public", "/public/**", "/css/**", "/js/**", "/img/**",
            "/webjars/**", "/favicon.ico", "/error", "/actuator/health"};
    /** The API description and Swagger UI: public unless {@code fazhi.api-docs.public} is false (the prod default). */
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts,
            LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(username -> accounts.loadDetails(username)
                .orElseThrow(() -> new org.springframework.security.core.userdetails.UsernameNotFoundException(username)));
        dao.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(List.of(new LockoutAuthenticationProvider(dao, attempts, throttle)));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, MessageSource messages) throws Exception {
        ProblemResponses problems = new ProblemResponses(messages);
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API).permitAll().anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED, "error.unauthenticated"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "error.forbidden")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny()).referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, UserAccounts accounts, LoginAttempts attempts,
            List<cn.fazhi.platform.web.LandingPage> landings,
            @org.springframework.beans.factory.annotation.Value("${fazhi.api-docs.public:true}") boolean apiDocsPublic)
            throws Exception {
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers(PUBLIC_PAGES).permitAll();
                    if (apiDocsPublic) {
                        a.requestMatchers(API_DOCS).permitAll();
                    } else {
                        a.requestMatchers(API_DOCS).hasAuthority(cn.fazhi.identity.Permissions.ROLE_EDIT);
                    }
                    a.anyRequest().authenticated();
                })
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .successHandler(new LoginSuccessHandler(landings))
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll()
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null && auth.isAuthenticated()) {
                                attempts.loggedOut(auth.getName());
                            }
                        }))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> res.sendRedirect(req.getContextPath()
                        + (req.getRequestedSessionId() != null && !req.isRequestedSessionIdValid() ? "/login?expired" : "/login"))))
                .addFilterAfter(new PasswordChangeFilter(), org.springframework.security.web.access.ExceptionTranslationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        return http.build();
    }
}
