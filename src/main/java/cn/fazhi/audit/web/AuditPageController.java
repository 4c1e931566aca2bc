package cn.fazhi.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.audit.AuditQuery;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.audit.ChainVerification;
import cn.fazhi.audit.ChainWatch;

/** Administrators search the trail and verify its keyed chain against the checkpoints (the result is kept; a broken chain is the home page alarm). */
@Controller
@PreAuthorize("hasAuthority('audit:log:view')")
class AuditPageController {

    private final AuditTrail trail;
    private final ChainWatch watch;

    AuditPageController(AuditTrail trail, ChainWatch watch) {
        this.trail = trail;
        this.watch = watch;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(actor, action, targetType, targetId, from, to, page, 50);
        model.addAttribute("query", query);
        model.addAttribute("rows", trail.search(query));
        long total = trail.count(query);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", (long) (page + 1) * query.size() < total);
        return "audit/search";
    }

    @PostMapping("/admin/audit/verify")
    @PreAuthorize("hasAuthority('audit:log:verify')")
    String verify(Model model) {
        ChainVerification result = watch.run("page");
        model.addAttribute("verification", result);
        return "audit/search :: verification";
    }
}
