package cn.fazhi.cases;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.fazhi.platform.scope.Caller;

/**
 * The caller's to-do list (待办) across every case type: what each {@link TodoSource} says is waiting for the caller,
 * and the steps due (overdue or due soon, {@link DueItems}) in the caller's scope. The home page shows the groups with
 * their first items; the navigation shows the total ({@link #count}), which asks the sources for counts only.
 */
@Service
public class Todos {

    /** The label of the steps-due group. */
    public static final String DUE_LABEL = "cases.todo.due";

    private final List<TodoSource> sources;
    private final DueItems dueItems;

    Todos(List<TodoSource> sources, DueItems dueItems) {
        this.sources = sources;
        this.dueItems = dueItems;
    }

    /** The non-empty groups, with up to {@code limit} items each; the steps due last. */
    public List<TodoGroup> of(Caller caller, int limit) {
        List<TodoGroup> groups = new ArrayList<>();
        for (TodoSource source : sources) {
            source.todos(caller, limit).stream().filter(g -> g.count() > 0).forEach(groups::add);
        }
        TodoGroup due = due(caller, limit);
        if (due.count() > 0) {
            groups.add(due);
        }
        return groups;
    }

    /** How many things wait for the caller, over every group. */
    public long count(Caller caller) {
        return of(caller, 0).stream().mapToLong(TodoGroup::count).sum();
    }

    private TodoGroup due(Caller caller, int limit) {
        DueItems.Summary summary = dueItems.summary(caller.scope());
        List<TodoItem> items = new ArrayList<>();
        java.util.stream.Stream.concat(summary.overdue().stream(), summary.dueSoon().stream()).limit(limit)
                .forEach(d -> items.add(new TodoItem(d.ref(), d.caseNumber(), d.title(), d.deadline(), d.path())));
        return new TodoGroup(DUE_LABEL, summary.overdue().size() + summary.dueSoon().size(), "/#due", items);
    }
}
