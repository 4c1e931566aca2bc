package cn.fazhi.duties.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.duties.DutyLists;
import cn.fazhi.duties.Roster;
import cn.fazhi.duties.RosterAdmin;
import cn.fazhi.duties.Shufa;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 述法, the roster and the first-responsibility duty lists over REST, with the pages' permissions, scope and rules. */
@RestController
@RequestMapping("/api/v1/duties")
@Tag(name = "述法与第一责任人")
@PreAuthorize("hasAuthority('duties:view')")
class DutiesApiController {

    private final Roster roster;
    private final RosterAdmin rosterAdmin;
    private final Shufa shufa;
    private final DutyLists lists;

    DutiesApiController(Roster roster, RosterAdmin rosterAdmin, Shufa shufa, DutyLists lists) {
        this.roster = roster;
        this.rosterAdmin = rosterAdmin;
        this.shufa = shufa;
        this.lists = lists;
    }

    private static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("duties.error.paging");
        }
    }

    record RosterChange(Long unitId) {}

    record Submission(Integer version, String body, LocalDate submittedOn) {}

    record ListDetail(DutyLists.DutyList list, List<DutyLists.Item> items, List<DutyLists.Evidence> evidence) {}

    @GetMapping("/roster/{year}")
    @PreAuthorize("hasAuthority('duties:manage')")
    @Operation(summary = "年度述法等职责单位名单", description = "依法治区办维护")
    List<Roster.Member> roster(@PathVariable int year) {
        return roster.members(year);
    }

    @PostMapping("/roster/{year}")
    @PreAuthorize("hasAuthority('duties:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "名单增加单位")
    List<Roster.Member> addToRoster(@PathVariable int year, @RequestBody RosterChange c) {
        rosterAdmin.add(year, c == null ? null : c.unitId());
        return roster.members(year);
    }

    @DeleteMapping("/roster/{year}/{unitId}")
    @PreAuthorize("hasAuthority('duties:manage')")
    @Operation(summary = "名单移除单位")
    List<Roster.Member> removeFromRoster(@PathVariable int year, @PathVariable long unitId) {
        rosterAdmin.remove(year, unitId);
        return roster.members(year);
    }

    @PostMapping("/roster/{year}/copy")
    @PreAuthorize("hasAuthority('duties:manage')")
    @Operation(summary = "复制上一年度名单")
    Map<String, Integer> copyRoster(@PathVariable int year) {
        return Map.of("added", rosterAdmin.copyFromPreviousYear(year));
    }

    @GetMapping("/shufa/plans")
    @Operation(summary = "查询述法计划", description = "书面述法（WRITTEN）或政府第一次全体会议依法行政书面述职（PLENARY）")
    Paged<Shufa.Plan> plans(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        paging(page, size);
        return shufa.plans(year, q, page, size);
    }

    @PostMapping("/shufa/plans")
    @PreAuthorize("hasAuthority('duties:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "制定述法计划", description = "单位为空时为当年名单全部单位")
    Shufa.Plan createPlan(@RequestBody Shufa.NewPlan c) {
        return shufa.create(c);
    }

    @GetMapping("/shufa/plans/{id}")
    @Operation(summary = "述法计划")
    Shufa.Plan plan(@PathVariable long id) {
        return shufa.plan(id);
    }

    @GetMapping("/shufa/plans/{id}/reports")
    @Operation(summary = "计划的述法报告", description = "单位用户仅见本单位；state = SUBMITTED、LATE、MISSING、SPEAKER")
    Paged<Shufa.Report> reports(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        paging(page, size);
        return shufa.reports(id, q, state, page, size);
    }

    @GetMapping("/shufa/reports/{id}")
    @Operation(summary = "述法报告")
    Shufa.Report report(@PathVariable long id) {
        return shufa.report(id);
    }

    @PostMapping("/shufa/reports/{id}/submit")
    @PreAuthorize("hasAuthority('duties:submit')")
    @Operation(summary = "单位提交述法报告")
    Shufa.Report submit(@PathVariable long id, @RequestBody Submission s) {
        if (s == null || s.version() == null) {
            throw UserFacingException.badRequest("duties.error.version");
        }
        return shufa.submit(id, s.version(), s.body(), s.submittedOn(), null, null);
    }

    @PostMapping("/shufa/reports/{id}/evaluate")
    @PreAuthorize("hasAuthority('duties:manage')")
    @Operation(summary = "评价述法报告", description = "好、较好、一般、差：GOOD、FAIRLY_GOOD、FAIR、POOR")
    Shufa.Report evaluate(@PathVariable long id, @RequestBody Shufa.Evaluation e) {
        return shufa.evaluate(id, e);
    }

    @PostMapping("/shufa/reports/{id}/speaker")
    @PreAuthorize("hasAuthority('duties:manage')")
    @Operation(summary = "确定典型发言单位")
    Shufa.Report speaker(@PathVariable long id, @RequestParam(defaultValue = "true") boolean speaker) {
        return shufa.speaker(id, speaker);
    }

    @GetMapping("/lists")
    @Operation(summary = "第一责任人职责清单")
    Paged<DutyLists.DutyList> lists(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        paging(page, size);
        return lists.lists(year, q, page, size);
    }

    @PostMapping("/lists")
    @PreAuthorize("hasAuthority('duties:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "按模板制定职责清单")
    DutyLists.DutyList createList(@RequestBody DutyLists.NewList c) {
        return lists.create(c);
    }

    @GetMapping("/lists/{id}")
    @Operation(summary = "职责清单及履职纪实")
    ListDetail list(@PathVariable long id) {
        return new ListDetail(lists.list(id), lists.items(id), lists.evidence(id));
    }

    @PostMapping("/lists/items/{itemId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记履职纪实")
    DutyLists.Evidence evidence(@PathVariable long itemId, @RequestBody DutyLists.NewEvidence c) {
        return lists.addEvidence(itemId, c, null, null);
    }

    @GetMapping("/template")
    @Operation(summary = "职责清单模板")
    List<DutyLists.TemplateItem> template() {
        return lists.template();
    }
}
