package cn.fazhi.platform.web;

/**
 * Where a user with {@code authority} lands after signing in, unless they were on their way to another page; declared
 * as a bean by the module that owns the page (e.g. the dashboard for leaders). The lowest {@code order} wins.
 */
public record LandingPage(String authority, String path, int order) {}
