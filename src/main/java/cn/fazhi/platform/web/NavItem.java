package cn.fazhi.platform.web;

/**
 * One entry of the main navigation, contributed by a module as a bean. Shown only to users holding
 * {@code authority} (null: every signed-in user), so modules that are absent or forbidden never show dead links.
 *
 * @param section message key of the group heading (e.g. {@code nav.section.system})
 */
public record NavItem(String section, String messageKey, String path, String authority, int order) {}
