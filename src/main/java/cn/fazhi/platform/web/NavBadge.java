package cn.fazhi.platform.web;

/**
 * A number shown beside a menu entry (e.g. the to-do count beside 首页), contributed by a module as a bean. It is
 * computed for every page the signed-in user opens, so it must be cheap (counts only).
 *
 * @param path the {@link NavItem#path()} it belongs to
 */
public interface NavBadge {

    String path();

    /** The current user's number; 0 shows nothing. */
    long count();
}
