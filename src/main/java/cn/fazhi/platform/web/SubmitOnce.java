package cn.fazhi.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler that creates something: its POST must carry a fresh one-time form token
 * ({@link FormTokens}, rendered by {@code fragments/forms :: token}). A replayed token creates nothing; the caller is
 * sent to what the first submission created (or told it was submitted already).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SubmitOnce {}
