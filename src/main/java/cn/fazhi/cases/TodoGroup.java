package cn.fazhi.cases;

import java.util.List;

/**
 * One kind of waiting work: its label (a message key of the case type, e.g. {@code mediation.todo.online}), how many
 * cases wait, the list page that shows them all, and the first few of them.
 */
public record TodoGroup(String labelKey, long count, String listPath, List<TodoItem> items) {

    public TodoGroup {
        items = List.copyOf(items);
    }
}
