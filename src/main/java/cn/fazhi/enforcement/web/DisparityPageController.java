package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.fazhi.audit.AuditTrail;
import cn.fazhi.enforcement.Disparities;
import cn.fazhi.enforcement.DisparityAnalysis;
import cn.fazhi.enforcement.DisparityFlag;
import cn.fazhi.enforcement.EnforcementPermissions;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The 同案不同罚 page: the period (this year by default), a unit filter for supervisors (others see their own unit's
 * decisions), the flags with their explanation, newest decision first (never ordered by amount or by unit), pages,
 * export; and one flag with its peers.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class DisparityPageController {

    private static final int PAGE_SIZE = 50;

    private final Disparities disparities;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Units units;

    DisparityPageController(Disparities disparities, CurrentUsers currentUsers, MessageSource messages, AuditTrail audit,
            Units units) {
        this.disparities = disparities;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.audit = audit;
        this.units = units;
    }

    @GetMapping("/enforcement/disparities")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
        DisparityAnalysis a = DisparityApiController.run(disparities, currentUsers, from, to, unitId);
        int pages = Math.max(1, (a.flags().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<DisparityFlag> shown = a.flags().subList(p * PAGE_SIZE, Math.min(a.flags().size(), (p + 1) * PAGE_SIZE));
        boolean supervise = currentUsers.can(EnforcementPermissions.SUPERVISE);
        model.addAttribute("analysis", a);
        model.addAttribute("shown", shown);
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("unitId", supervise ? unitId : null);
        model.addAttribute("canChooseUnit", supervise);
        if (supervise) {
            model.addAttribute("units", units.all());
        }
        return "enforcement/discretion/disparities";
    }

    @GetMapping("/enforcement/disparities/export")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId, HttpServletResponse response) throws IOException {
        DisparityApiController.exportTo(DisparityApiController.run(disparities, currentUsers, from, to, unitId), messages,
                audit, response);
    }

    @GetMapping("/enforcement/disparities/{caseId}")
    String one(@PathVariable long caseId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate[] period = DisparityApiController.period(from, to);
        model.addAttribute("detail", disparities.detail(caseId, period[0], period[1], currentUsers.scope()));
        model.addAttribute("from", period[0]);
        model.addAttribute("to", period[1]);
        model.addAttribute("caseId", caseId);
        return "enforcement/discretion/disparity";
    }
}
