package cn.fazhi.enforcement.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.enforcement.EvaluationCampaignView;
import cn.fazhi.enforcement.EvaluationCampaigns;
import cn.fazhi.enforcement.EvaluationCommands;
import cn.fazhi.enforcement.EvaluationFileView;
import cn.fazhi.enforcement.EvaluationSheet;
import cn.fazhi.enforcement.EvaluationVeto;
import cn.fazhi.enforcement.FileReviewProperties;
import cn.fazhi.enforcement.FileReviews;
import cn.fazhi.enforcement.PrecheckKind;
import cn.fazhi.enforcement.PrecheckQuery;
import cn.fazhi.enforcement.RubricView;
import cn.fazhi.enforcement.Rubrics;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.rectification.Problems;
import jakarta.servlet.http.HttpServletResponse;

/** Staff pages of case-file evaluation: campaigns, drawn files and score sheets, pre-check findings; the problems they raised are the rectification module's. */
@Controller
@PreAuthorize("hasAuthority('enforcement:view')")
class FileReviewPageController {

    private static final String BASE = "/enforcement/file-reviews";

    private final FileReviews fileReviews;
    private final EvaluationCampaigns campaigns;
    private final Rubrics rubrics;
    private final Problems problems;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final FileReviewProperties settings;
    private final FileReviewExports exports;
    private final Clock clock;

    FileReviewPageController(FileReviews fileReviews, EvaluationCampaigns campaigns, Rubrics rubrics,
            Problems problems, CurrentUsers currentUsers, Units units, FileReviewProperties settings,
            FileReviewExports exports, Clock clock) {
        this.fileReviews = fileReviews;
        this.campaigns = campaigns;
        this.rubrics = rubrics;
        this.problems = problems;
        this.currentUsers = currentUsers;
        this.units = units;
        this.settings = settings;
        this.exports = exports;
        this.clock = clock;
    }

    // ---- campaigns ------------------------------------------------------------------------------------------------

    @GetMapping(BASE)
    String campaigns(@RequestParam(name = "year", required = false) Integer year, Model model) {
        if (!model.containsAttribute("form")) {
            int y = LocalDate.now(clock).getYear() - 1;
            model.addAttribute("form", new EvaluationCommands.Create(y, null, null, LocalDate.of(y, 1, 1),
                    LocalDate.of(y, 12, 31), settings.perUnit(), null));
        }
        model.addAttribute("year", year);
        model.addAttribute("campaigns", campaigns.campaigns(year));
        model.addAttribute("rubrics", rubrics.all());
        model.addAttribute("settings", settings);
        return "enforcement/filereview/campaigns";
    }

    @PostMapping(BASE + "/campaigns")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @SubmitOnce
    String create(@Validated @ModelAttribute("form") EvaluationCommands.Create form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (Pages.invalid(model, errors)) {
            return campaigns(null, model);
        }
        try {
            EvaluationCampaignView c = campaigns.create(form, me());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:" + BASE + "/campaigns/" + c.id();
        } catch (UserFacingException e) {
            error(model, e);
            return campaigns(null, model);
        }
    }

    @GetMapping(BASE + "/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        EvaluationCampaignView c = campaigns.campaign(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("c", c);
        model.addAttribute("files", campaigns.files(id, me().scope()));
        model.addAttribute("results", campaigns.results(id, me().scope()));
        model.addAttribute("rubric", rubrics.find(c.rubricId()).orElseThrow());
        return "enforcement/filereview/campaign";
    }

    @PostMapping(BASE + "/campaigns/{id}/draw")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    String draw(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        return act(model, redirect, BASE + "/campaigns/" + id, () -> campaign(id, model), () -> campaigns.draw(id, version));
    }

    @PostMapping(BASE + "/campaigns/{id}/close")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    String close(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        return act(model, redirect, BASE + "/campaigns/" + id, () -> campaign(id, model), () -> campaigns.close(id, version));
    }

    @GetMapping(BASE + "/campaigns/{id}/results.xlsx")
    void results(@PathVariable long id, HttpServletResponse response) throws IOException {
        EvaluationCampaignView c = campaigns.campaign(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        exports.results(c, campaigns.files(id, me().scope()), response);
    }

    // ---- files and scores -----------------------------------------------------------------------------------------

    @GetMapping(BASE + "/files/{fileId}")
    String file(@PathVariable long fileId, Model model) {
        CurrentUser me = me();
        EvaluationFileView f = campaigns.file(fileId, me.scope());
        EvaluationCampaignView c = campaigns.campaign(f.campaignId()).orElseThrow();
        RubricView rubric = rubrics.find(c.rubricId()).orElseThrow();
        List<EvaluationSheet> sheets = campaigns.sheets(fileId, me);
        EvaluationSheet mine = sheets.stream().filter(s -> s.reviewer().equals(me.username())).findFirst().orElse(null);
        model.addAttribute("f", f);
        model.addAttribute("c", c);
        model.addAttribute("rubric", rubric);
        model.addAttribute("sheets", sheets);
        model.addAttribute("mine", mine);
        model.addAttribute("vetoes", EvaluationVeto.values());
        model.addAttribute("precheck", campaigns.precheckOf(f, me.scope()));
        model.addAttribute("canScore", me.can("enforcement:supervise") && me.unitId() != f.unitId()
                && c.status() == cn.fazhi.enforcement.EvaluationStatus.SCORING);
        model.addAttribute("minReviewers", settings.minReviewers());
        model.addAttribute("problems", problems.bySource(EvaluationCampaigns.RECTIFICATION_SOURCE, f.id()));
        return "enforcement/filereview/file";
    }

    @PostMapping(BASE + "/files/{fileId}/score")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    String score(@PathVariable long fileId, @RequestParam(name = "itemId", required = false) List<Long> itemIds,
            @RequestParam(name = "points", required = false) List<String> points,
            @RequestParam(name = "finding", required = false) List<String> findings,
            @RequestParam(name = "veto", required = false) String veto, Model model, RedirectAttributes redirect) {
        return act(model, redirect, BASE + "/files/" + fileId, () -> file(fileId, model), () -> {
            int n = itemIds == null ? 0 : itemIds.size();
            if (n == 0 || points == null || points.size() != n) {
                throw UserFacingException.badRequest("enforcement.filereview.validation.itemsRequired");
            }
            List<EvaluationCommands.ItemScore> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigDecimal p;
                try {
                    p = new BigDecimal(points.get(i).strip());
                } catch (RuntimeException bad) {
                    throw UserFacingException.badRequest("enforcement.filereview.validation.pointsRequired");
                }
                String finding = findings != null && findings.size() == n ? findings.get(i) : null;
                if (finding != null && finding.length() > 1000) {
                    throw UserFacingException.badRequest("enforcement.filereview.validation.findingTooLong");
                }
                items.add(new EvaluationCommands.ItemScore(itemIds.get(i), p, finding));
            }
            EvaluationVeto v;
            try {
                v = veto == null || veto.isBlank() ? null : EvaluationVeto.valueOf(veto);
            } catch (IllegalArgumentException bad) {
                throw UserFacingException.badRequest("enforcement.filereview.error.vetoUnknown");
            }
            return campaigns.score(fileId, new EvaluationCommands.Score(items, v), me());
        });
    }

    // ---- pre-check ------------------------------------------------------------------------------------------------

    @GetMapping(BASE + "/prechecks")
    String prechecks(@ModelAttribute("query") PrecheckQuery query, BindingResult errors, Model model) {
        CurrentUser me = me();
        PrecheckQuery q = errors.hasErrors() ? new PrecheckQuery(null, null, null, null, null, null, null) : query;
        long total = fileReviews.count(q, me.scope());
        LocalDate from = q.from() == null ? LocalDate.of(2000, 1, 1) : q.from();
        LocalDate to = q.to() == null ? LocalDate.now(clock) : q.to();
        model.addAttribute("query", q);
        model.addAttribute("items", fileReviews.search(q, me.scope()));
        model.addAttribute("total", total);
        model.addAttribute("pages", (total + PrecheckQuery.SIZE - 1) / PrecheckQuery.SIZE);
        model.addAttribute("page", q.pageIndex());
        model.addAttribute("pageLink", BASE + "/prechecks?" + link(q));
        model.addAttribute("exportLink", BASE + "/prechecks.xlsx?" + link(q));
        model.addAttribute("kinds", PrecheckKind.values());
        model.addAttribute("units", units.visible(me.scope()));
        model.addAttribute("byUnit", fileReviews.countsByUnit(from, to, me.scope()));
        return "enforcement/filereview/prechecks";
    }

    @GetMapping(BASE + "/prechecks.xlsx")
    void exportPrechecks(@ModelAttribute PrecheckQuery query, HttpServletResponse response) throws IOException {
        CurrentUser me = me();
        List<cn.fazhi.enforcement.PrecheckView> all = new ArrayList<>();
        for (int page = 0; page < 500; page++) {
            List<cn.fazhi.enforcement.PrecheckView> chunk = fileReviews.search(new PrecheckQuery(query.from(), query.to(),
                    query.unitId(), query.kind(), query.withFindings(), query.keyword(), page), me.scope());
            all.addAll(chunk);
            if (chunk.size() < PrecheckQuery.SIZE) {
                break;
            }
        }
        exports.prechecks(all, response);
    }

    @PostMapping(BASE + "/prechecks/{caseType}/{caseId}")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    String rerun(@PathVariable String caseType, @PathVariable long caseId, Model model, RedirectAttributes redirect) {
        return act(model, redirect, BASE + "/prechecks", () -> prechecksPage(model),
                () -> fileReviews.precheck(caseType, caseId));
    }

    @PostMapping(BASE + "/prechecks/{caseType}/{caseId}/rectification")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    String rectifyPrecheck(@PathVariable String caseType, @PathVariable long caseId, Model model,
            RedirectAttributes redirect) {
        try {
            var raised = fileReviews.raiseRectification(caseType, caseId, me().scope());
            redirect.addFlashAttribute("noticeKey", "common.saved");
            return "redirect:/rectification/problems/" + raised.id();
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND
                    || e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw e;
            }
            String view = prechecksPage(model);
            error(model, e);
            return view;
        }
    }

    private String prechecksPage(Model model) {
        return prechecks(new PrecheckQuery(null, null, null, null, null, null, null),
                new org.springframework.validation.BeanPropertyBindingResult(null, "query"), model);
    }

    private static String link(PrecheckQuery q) {
        StringBuilder b = new StringBuilder();
        if (q.from() != null) {
            b.append("from=").append(q.from()).append('&');
        }
        if (q.to() != null) {
            b.append("to=").append(q.to()).append('&');
        }
        if (q.unitId() != null) {
            b.append("unitId=").append(q.unitId()).append('&');
        }
        if (q.kind() != null) {
            b.append("kind=").append(q.kind()).append('&');
        }
        if (q.onlyWithFindings()) {
            b.append("withFindings=true&");
        }
        if (q.keyword() != null && !q.keyword().isBlank()) {
            b.append("keyword=").append(java.net.URLEncoder.encode(q.keyword(), java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
        return b.toString();
    }

    // ---- rectifications (moved to the rectification module) -------------------------------------------------------

    @GetMapping(BASE + "/rectifications")
    String rectifications() {
        return "redirect:/rectification/problems";
    }

    // ---- rubrics --------------------------------------------------------------------------------------------------

    @GetMapping(BASE + "/rubrics")
    String rubrics(Model model) {
        model.addAttribute("rubrics", rubrics.all());
        model.addAttribute("rows", 10);
        return "enforcement/filereview/rubrics";
    }

    @PostMapping(BASE + "/rubrics")
    @PreAuthorize("hasAuthority('enforcement:supervise')")
    @SubmitOnce
    String createRubric(@RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "title", required = false) List<String> titles,
            @RequestParam(name = "maxPoints", required = false) List<String> maxPoints,
            @RequestParam(name = "guidance", required = false) List<String> guidance, Model model,
            RedirectAttributes redirect) {
        return act(model, redirect, BASE + "/rubrics", () -> rubrics(model), () -> {
            List<EvaluationCommands.RubricItem> items = new ArrayList<>();
            int n = titles == null ? 0 : titles.size();
            for (int i = 0; i < n; i++) {
                String title = titles.get(i);
                String points = maxPoints != null && maxPoints.size() == n ? maxPoints.get(i) : null;
                if ((title == null || title.isBlank()) && (points == null || points.isBlank())) {
                    continue;
                }
                Integer p;
                try {
                    p = points == null || points.isBlank() ? null : Integer.valueOf(points.strip());
                } catch (NumberFormatException bad) {
                    throw UserFacingException.badRequest("enforcement.filereview.validation.maxPoints");
                }
                String g = guidance != null && guidance.size() == n ? guidance.get(i) : null;
                if (title != null && title.length() > 200 || g != null && g.length() > 1000) {
                    throw UserFacingException.badRequest("enforcement.filereview.validation.nameTooLong");
                }
                items.add(new EvaluationCommands.RubricItem(title, g, p));
            }
            if (name != null && name.length() > 200) {
                throw UserFacingException.badRequest("enforcement.filereview.validation.nameTooLong");
            }
            return rubrics.create(new EvaluationCommands.Rubric(name, items));
        });
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private CurrentUser me() {
        return currentUsers.require();
    }

    private static void error(Model model, UserFacingException e) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
    }

    /** Runs an action; a user mistake re-renders the page with the message (nothing saved), else redirects. */
    private static String act(Model model, RedirectAttributes redirect, String target, Supplier<String> page,
            Supplier<Object> action) {
        try {
            action.get();
        } catch (UserFacingException e) {
            if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND
                    || e.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw e;
            }
            String view = page.get();
            error(model, e);
            return view;
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + target;
    }
}
