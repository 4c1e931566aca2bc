package cn.fazhi.cases;

import java.util.List;

import cn.fazhi.platform.scope.Caller;

/**
 * Implemented by each case type (as a bean): the work waiting for the caller — new applications to accept, reviews to
 * assign, reports to pass — one {@link TodoGroup} per kind of work. A source checks the caller's permission for each
 * kind (a caller who may not take the step gets no group) and counts only within the caller's data scope. Steps due
 * are not a source's business: {@link Todos} adds them from {@link DueItems}.
 */
public interface TodoSource {

    /**
     * The kinds of work waiting for {@code caller}, each with its count and up to {@code limit} items, the oldest first;
     * {@code limit} 0 asks for the counts only (the navigation's badge), which a source answers with counts alone.
     * Groups with a count of 0 may be left out.
     */
    List<TodoGroup> todos(Caller caller, int limit);
}
