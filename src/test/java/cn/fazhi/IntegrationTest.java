package cn.fazhi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application and a real database: in-memory H2 by default, PostgreSQL when
 * {@code FAZHI_TEST_DB_URL} is set (scripts/test.sh runs the suite both ways). Demo data is loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@org.springframework.context.annotation.Import(TestAccounts.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {}
