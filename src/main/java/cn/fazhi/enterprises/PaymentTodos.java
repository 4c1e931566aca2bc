package cn.fazhi.enterprises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.fazhi.cases.CaseRef;
import cn.fazhi.cases.TodoGroup;
import cn.fazhi.cases.TodoItem;
import cn.fazhi.cases.TodoSource;
import cn.fazhi.platform.scope.Caller;

/**
 * Art. 18's publication as work waiting: from 1 January until it is done, the bodies in the caller's scope that owe
 * last year's publication (a unit its own, with {@code enterprises:handle}; the desk every body, with
 * {@code enterprises:dispatch}) — "late" once 31 March has passed.
 */
@Component
class PaymentTodos implements TodoSource {

    private final PaymentPublications publications;
    private final Clock clock;

    PaymentTodos(PaymentPublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @Override
    public List<TodoGroup> todos(Caller caller, int limit) {
        if (caller.scope() == null || !(caller.can(Enterprises.HANDLE) || caller.can(Enterprises.DISPATCH))) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear() - 1;
        var missing = publications.missing(year, caller.scope());
        if (missing.isEmpty()) {
            return List.of();
        }
        boolean late = LocalDate.now(clock).isAfter(SmePaymentRules.publishBy(year));
        List<TodoItem> items = new ArrayList<>();
        for (var f : missing.subList(0, Math.min(Math.max(limit, 0), missing.size()))) {
            items.add(new TodoItem(new CaseRef(PaymentRecords.TYPE, f.unitId()), Integer.toString(year), f.unitName(),
                    LocalDate.of(year + 1, 1, 1), "/enterprises/payments/publications?year=" + year));
        }
        return List.of(new TodoGroup(late ? "enterprises.todo.publicationLate" : "enterprises.todo.publication",
                missing.size(), "/enterprises/payments/publications?year=" + year, items));
    }
}
