package cn.fazhi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} with the production-like security settings (a small login throttle, one trusted proxy,
 * API docs for administrators only); every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {"fazhi.security.login-throttle.capacity=3", "fazhi.security.login-throttle.period=1h",
        "fazhi.web.trusted-proxies=192.0.2.1", "fazhi.api-docs.public=false"})
public @interface HardenedSettings {}
