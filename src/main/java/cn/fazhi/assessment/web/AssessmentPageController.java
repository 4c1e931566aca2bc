package cn.fazhi.assessment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.assessment.Assessments;
import cn.fazhi.assessment.AssessmentPermissions;
import cn.fazhi.duties.Roster;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.SubmitOnce;
import cn.fazhi.platform.web.UserFacingException;

/**
 * Pages of the assessment: the schemes (the office creates one with criteria, one per line "name|weight|source"),
 * one scheme with its criteria, results (office: all with rank; a unit: its own published result and band), .xlsx,
 * compute / review / publish and the evaluators' entries with evidence; the cadre-use figures.
 */
@Controller
@PreAuthorize("hasAuthority('assessment:view')")
class AssessmentPageController {

    private final Assessments assessments;
    private final Roster roster;
    private final CurrentUsers users;
    private final MessageSource messages;

    AssessmentPageController(Assessments assessments, Roster roster, CurrentUsers users, MessageSource messages) {
        this.assessments = assessments;
        this.roster = roster;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/assessment")
    String schemes(Model model) {
        model.addAttribute("schemes", assessments.schemes());
        model.addAttribute("sources", assessments.sources());
        model.addAttribute("manage", users.can(AssessmentPermissions.MANAGE));
        return "assessment/schemes";
    }

    /** Parses "name|weight|source" lines; a line that does not parse is refused. */
    static List<Assessments.NewCriterion> parse(String text) {
        List<Assessments.NewCriterion> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[|｜]");
            if (parts.length != 3) {
                throw UserFacingException.badRequest("assessment.error.criterionLine", line.strip());
            }
            BigDecimal weight;
            try {
                weight = new BigDecimal(parts[1].strip());
            } catch (NumberFormatException e) {
                throw UserFacingException.badRequest("assessment.error.weight");
            }
            out.add(new Assessments.NewCriterion(parts[0].strip(), weight, parts[2].strip()));
        }
        return out;
    }

    @PostMapping("/assessment/new")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @SubmitOnce
    String create(@RequestParam(required = false) Integer schemeYear, @RequestParam(required = false) String title,
            @RequestParam(required = false) String criteria, Model model) {
        return Pages.attempt(model, schemes(model), () -> "redirect:/assessment/"
                + assessments.create(new Assessments.NewScheme(schemeYear, title, parse(criteria))).id());
    }

    @GetMapping("/assessment/{id:\\d+}")
    String scheme(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Assessments.Scheme s = assessments.scheme(id);
        model.addAttribute("s", s);
        model.addAttribute("q", q);
        model.addAttribute("result", assessments.results(id, q, Math.max(page, 0), 20));
        model.addAttribute("manage", users.can(AssessmentPermissions.MANAGE));
        model.addAttribute("evaluate", users.can(AssessmentPermissions.EVALUATE));
        if (users.can(AssessmentPermissions.EVALUATE)) {
            model.addAttribute("units", roster.members(s.schemeYear()));
        }
        model.addAttribute("pageLink", Pages.pageLink());
        model.addAttribute("exportLink", Pages.pageLink().replaceFirst("\\?", ".xlsx?"));
        return "assessment/scheme";
    }

    @GetMapping("/assessment/{id:\\d+}.xlsx")
    void schemeXlsx(@PathVariable long id, @RequestParam(required = false) String q, HttpServletResponse response)
            throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Assessments.Result r : assessments.results(id, q, 0, 5000).items()) {
            rows.add(List.of(r.rank() == null ? "" : r.rank(), r.unitName(), r.total().toPlainString(),
                    Sheets.label(messages, "assessment.band." + r.band())));
        }
        Sheets.write(messages, response, "assessment.results.title", List.of("assessment.field.rank",
                "assessment.field.unit", "assessment.field.total", "assessment.field.band"), rows);
    }

    @PostMapping("/assessment/{id:\\d+}/{action:compute|review|publish}")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String step(@PathVariable long id, @PathVariable String action, Model model) {
        return Pages.attempt(model, scheme(id, null, 0, model), () -> {
            switch (action) {
                case "compute" -> assessments.compute(id);
                case "review" -> assessments.review(id);
                default -> assessments.publish(id);
            }
            return "redirect:/assessment/" + id;
        });
    }

    @PostMapping("/assessment/{id:\\d+}/entries")
    @PreAuthorize("hasAuthority('assessment:evaluate')")
    String enter(@PathVariable long id, @RequestParam(required = false) Long criterionId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) BigDecimal attainment,
            @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        try (var in = hasFile ? file.getInputStream() : null) {
            return Pages.attempt(model, scheme(id, null, 0, model), () -> {
                if (criterionId == null) {
                    throw UserFacingException.badRequest("assessment.error.criterionRequired");
                }
                assessments.enter(criterionId, new Assessments.NewEntry(unitId, attainment, note),
                        hasFile ? file.getOriginalFilename() : null, in);
                return "redirect:/assessment/" + id;
            });
        }
    }

    @GetMapping("/assessment/cadres")
    @PreAuthorize("hasAuthority('assessment:manage')")
    String cadres(Model model) {
        model.addAttribute("uses", assessments.cadreUses());
        return "assessment/cadres";
    }

    @GetMapping("/assessment/cadres.xlsx")
    @PreAuthorize("hasAuthority('assessment:manage')")
    void cadresXlsx(HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Assessments.CadreUse u : assessments.cadreUses()) {
            rows.add(List.of(u.useYear(), u.decidedOn().toString(), u.recognised(), u.promoted(), u.advanced(), u.basis()));
        }
        Sheets.write(messages, response, "assessment.cadres.title", List.of("assessment.field.useYear",
                "assessment.field.decidedOn", "assessment.field.recognised", "assessment.field.promoted",
                "assessment.field.advanced", "assessment.field.basis"), rows);
    }

    @PostMapping("/assessment/cadres")
    @PreAuthorize("hasAuthority('assessment:manage')")
    @SubmitOnce
    String recordCadres(@RequestParam(required = false) Integer useYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @RequestParam(required = false) Integer recognised, @RequestParam(required = false) Integer promoted,
            @RequestParam(required = false) Integer advanced, @RequestParam(required = false) String basis, Model model) {
        return Pages.attempt(model, cadres(model), () -> {
            assessments.recordCadreUse(new Assessments.NewCadreUse(useYear, decidedOn, recognised, promoted, advanced,
                    basis));
            return "redirect:/assessment/cadres";
        });
    }
}
