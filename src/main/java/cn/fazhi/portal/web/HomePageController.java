package cn.fazhi.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.fazhi.audit.AuditQuery;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.audit.ChainWatch;
import cn.fazhi.cases.DueItems;
import cn.fazhi.cases.Todos;
import cn.fazhi.identity.ApiTokens;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;

/** The home page shows the user's own work and account state — only real records, no sample widgets. */
@Controller
class HomePageController {

    private final CurrentUsers currentUsers;
    private final Units units;
    private final AuditTrail audit;
    private final ApiTokens tokens;
    private final DueItems dueItems;
    private final Todos todos;
    private final ChainWatch chainWatch;

    /** How many cases of each to-do group the home page lists (the group's count links to all). */
    static final int TODO_ITEMS = 5;

    HomePageController(CurrentUsers currentUsers, Units units, AuditTrail audit, ApiTokens tokens, DueItems dueItems,
            Todos todos, ChainWatch chainWatch) {
        this.chainWatch = chainWatch;
        this.currentUsers = currentUsers;
        this.units = units;
        this.audit = audit;
        this.tokens = tokens;
        this.dueItems = dueItems;
        this.todos = todos;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("me", me);
        if (me.permissions().contains("audit:log:view")) {
            model.addAttribute("auditAlarm", chainWatch.alarm().orElse(null));
        }
        model.addAttribute("unit", units.find(me.unitId()).orElse(null));
        model.addAttribute("due", dueItems.summary(me.scope()));
        // the to-do list (待办) of every case type; the steps due are counted here and listed in the card below
        model.addAttribute("todos", todos.of(currentUsers, TODO_ITEMS).stream()
                .map(g -> Todos.DUE_LABEL.equals(g.labelKey())
                        ? new cn.fazhi.cases.TodoGroup(g.labelKey(), g.count(), g.listPath(), java.util.List.of()) : g)
                .toList());
        model.addAttribute("recent", audit.search(AuditQuery.byActor(me.username(), 10)));
        model.addAttribute("activeTokens", tokens.ofUser(me.id()).stream()
                .filter(t -> t.active(java.time.OffsetDateTime.now())).count());
        return "portal/home";
    }
}
