package cn.fazhi.legality.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.legality.AdviserCommands;
import cn.fazhi.legality.AdviserKind;
import cn.fazhi.legality.DecisionCommands;
import cn.fazhi.legality.DecisionRules;
import cn.fazhi.legality.DecisionSteps;
import cn.fazhi.legality.DecisionView;
import cn.fazhi.legality.LegalAdvisers;
import cn.fazhi.legality.LegalityReviews;
import cn.fazhi.legality.MajorDecisions;
import cn.fazhi.legality.MeetingKind;
import cn.fazhi.legality.ReviewCommands;
import cn.fazhi.legality.ReviewOutcome;
import cn.fazhi.legality.ReviewQuery;
import cn.fazhi.legality.ReviewStatus;
import cn.fazhi.legality.ReviewType;
import cn.fazhi.legality.ReviewView;
import cn.fazhi.legality.ReviewerKind;
import cn.fazhi.legality.StepState;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.UserFacingException;

/** Staff pages: review requests and their opinion, the legal advisers and their opinions, major decisions. */
@Controller
@PreAuthorize("hasAuthority('legality:view')")
class LegalityPageController {

    private final LegalityReviews reviews;
    private final LegalAdvisers advisers;
    private final MajorDecisions decisions;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseAttachments attachments;
    private final OpinionDownloads opinions;
    private final Units units;
    private final Clock clock;

    LegalityPageController(LegalityReviews reviews, LegalAdvisers advisers, MajorDecisions decisions,
            CurrentUsers currentUsers, CaseTimeline timeline, CaseAttachments attachments, OpinionDownloads opinions,
            Units units, Clock clock) {
        this.reviews = reviews;
        this.advisers = advisers;
        this.decisions = decisions;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.opinions = opinions;
        this.units = units;
        this.clock = clock;
    }

    // ---- reviews --------------------------------------------------------------------------------------------------

    @GetMapping("/legality/reviews")
    String reviews(@ModelAttribute("query") ReviewQuery query, BindingResult errors, Model model) {
        CurrentUser me = currentUsers.require();
        ReviewQuery q = errors.hasErrors() ? new ReviewQuery(null, null, null, null) : query;
        int year = q.year() == null ? LocalDate.now(clock).getYear() : q.year();
        model.addAttribute("query", q);
        model.addAttribute("items", reviews.search(q, me.scope()));
        model.addAttribute("counts", reviews.outcomes(year, me.scope()));
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("types", ReviewType.values());
        model.addAttribute("outcomes", ReviewOutcome.values());
        return "legality/reviews";
    }

    @GetMapping("/legality/reviews/new")
    @PreAuthorize("hasAuthority('legality:submit')")
    String newReview(Model model) {
        return reviewForm(model, new ReviewCommands.Submit(null, null, null, null, null, null));
    }

    @PostMapping("/legality/reviews")
    @PreAuthorize("hasAuthority('legality:submit')")
    @cn.fazhi.platform.web.SubmitOnce
    String submit(@org.springframework.validation.annotation.Validated @ModelAttribute("form") ReviewCommands.Submit form, BindingResult errors,
            @RequestParam(name = "draft", required = false) MultipartFile draft, Model model,
            RedirectAttributes redirect) {
        reviewForm(model, form);
        if (cn.fazhi.platform.web.Pages.invalid(model, errors)) {
            return "legality/review-form";
        }
        if (draft == null || draft.isEmpty()) {
            return error(model, "legality/review-form", "legality.error.draftMissing");
        }
        try {
            ReviewView created = reviews.submit(form, draft.getOriginalFilename(), draft.getInputStream(),
                    currentUsers.require());
            redirect.addFlashAttribute("noticeKey", "legality.notice.submitted");
            return "redirect:/legality/reviews/" + created.id();
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "legality/review-form";
        } catch (IOException e) {
            throw new IllegalStateException("upload could not be read", e);
        }
    }

    @GetMapping("/legality/reviews/{id}")
    String review(@PathVariable long id, Model model) {
        return showReview(model, visibleReview(id));
    }

    @PostMapping("/legality/reviews/{id}/assign")
    @PreAuthorize("hasAuthority('legality:review')")
    String assign(@PathVariable long id, @org.springframework.validation.annotation.Validated @ModelAttribute ReviewCommands.Assign c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return reviewStep(id, errors, model, redirect, () -> reviews.assign(id, c));
    }

    @PostMapping("/legality/reviews/{id}/conclude")
    @PreAuthorize("hasAuthority('legality:review')")
    String conclude(@PathVariable long id, @org.springframework.validation.annotation.Validated @ModelAttribute ReviewCommands.Conclude c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return reviewStep(id, errors, model, redirect, () -> reviews.conclude(id, c));
    }

    @PostMapping("/legality/reviews/{id}/withdraw")
    @PreAuthorize("hasAuthority('legality:submit') or hasAuthority('legality:review')")
    String withdraw(@PathVariable long id, @org.springframework.validation.annotation.Validated @ModelAttribute ReviewCommands.Withdraw c, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return reviewStep(id, errors, model, redirect, () -> reviews.withdraw(id, c));
    }

    @PostMapping("/legality/reviews/{id}/attachments")
    @PreAuthorize("hasAuthority('legality:submit') or hasAuthority('legality:review')")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kind", required = false) String kind, Model model, RedirectAttributes redirect) {
        return reviewStep(id, null, model, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("cases.attachment.empty");
            }
            try {
                reviews.attach(id, file.getOriginalFilename(), file.getInputStream(), kind);
            } catch (IOException e) {
                throw new IllegalStateException("upload could not be read", e);
            }
            return null;
        });
    }

    @GetMapping("/legality/reviews/{id}/opinion.{format}")
    ResponseEntity<byte[]> opinion(@PathVariable long id, @PathVariable String format) {
        return opinions.download(id, format, scope());
    }

    // ---- advisers -------------------------------------------------------------------------------------------------

    @GetMapping("/legality/advisers")
    String advisers(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("advisers", advisers.all());
        model.addAttribute("opinions", advisers.opinions(y));
        model.addAttribute("perYear", advisers.countsPerYear());
        model.addAttribute("kinds", AdviserKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "legality/advisers";
    }

    @PostMapping("/legality/advisers")
    @PreAuthorize("hasAuthority('legality:manage')")
    String engage(@ModelAttribute AdviserCommands.Engage c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(errors, model, redirect, "/legality/advisers", () -> advisers(null, model), () -> advisers.engage(c));
    }

    @PostMapping("/legality/advisers/opinions")
    @PreAuthorize("hasAuthority('legality:manage')")
    String recordOpinion(@ModelAttribute AdviserCommands.Opinion c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(errors, model, redirect, "/legality/advisers", () -> advisers(null, model),
                () -> advisers.record(c, currentUsers.require()));
    }

    // ---- decisions ------------------------------------------------------------------------------------------------

    @GetMapping("/legality/decisions")
    String decisions(@RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "flagged", required = false) Boolean flagged, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("flaggedOnly", Boolean.TRUE.equals(flagged));
        model.addAttribute("catalogues", decisions.catalogues());
        model.addAttribute("catalogue", decisions.catalogue(y).orElse(null));
        model.addAttribute("items", decisions.ofYear(y, Boolean.TRUE.equals(flagged), scope()));
        model.addAttribute("units", units.visible(scope()));
        return "legality/decisions";
    }

    @PostMapping("/legality/decisions/catalogues")
    @PreAuthorize("hasAuthority('legality:manage')")
    String openCatalogue(@ModelAttribute DecisionCommands.Catalogue c, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(errors, model, redirect, "/legality/decisions" + (c.year() == null ? "" : "?year=" + c.year()),
                () -> decisions(c.year(), null, model), () -> decisions.openCatalogue(c));
    }

    @PostMapping("/legality/decisions/catalogues/{year}/publish")
    @PreAuthorize("hasAuthority('legality:manage')")
    String publishCatalogue(@PathVariable int year, Model model, RedirectAttributes redirect) {
        return act(null, model, redirect, "/legality/decisions?year=" + year, () -> decisions(year, null, model),
                () -> decisions.publishCatalogue(year));
    }

    @PostMapping("/legality/decisions")
    @PreAuthorize("hasAuthority('legality:manage')")
    String addDecision(@ModelAttribute DecisionCommands.Matter m, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return act(errors, model, redirect, "/legality/decisions" + (m.year() == null ? "" : "?year=" + m.year()), () -> decisions(m.year(), null, model),
                () -> decisions.add(m, scope()));
    }

    @GetMapping("/legality/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        return showDecision(model, visibleDecision(id), null);
    }

    @PostMapping("/legality/decisions/{id}/steps")
    @PreAuthorize("hasAuthority('legality:manage')")
    String steps(@PathVariable long id, @ModelAttribute("steps") DecisionSteps steps, BindingResult errors,
            @RequestParam(name = "version", required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        DecisionView d = visibleDecision(id);
        if (errors.hasErrors()) {
            showDecision(model, d, steps);
            return error(model, "legality/decision", "legality.error.form");
        }
        try {
            decisions.recordSteps(id, steps, version, scope());
        } catch (UserFacingException e) {
            showDecision(model, d, steps);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "legality/decision";
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/legality/decisions/" + id;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private cn.fazhi.platform.scope.DataScope scope() {
        return currentUsers.require().scope();
    }

    private ReviewView visibleReview(long id) {
        return reviews.get(id);
    }

    private DecisionView visibleDecision(long id) {
        return decisions.find(id, scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private String reviewForm(Model model, ReviewCommands.Submit form) {
        model.addAttribute("form", form);
        model.addAttribute("types", ReviewType.values());
        return "legality/review-form";
    }

    private String showReview(Model model, ReviewView r) {
        CurrentUser me = currentUsers.require();
        model.addAttribute("r", r);
        model.addAttribute("canReview", me.can("legality:review"));
        model.addAttribute("canSubmit", me.can("legality:submit"));
        model.addAttribute("actions", reviews.actions(r, currentUsers));
        model.addAttribute("advisers", advisers.all().stream().filter(a -> a.engagedOn(LocalDate.now(clock))).toList());
        model.addAttribute("reviewerKinds", ReviewerKind.values());
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("timeline", timeline.of(LegalityReviews.ref(r.id())));
        model.addAttribute("attachments", attachments.of(LegalityReviews.ref(r.id())));
        model.addAttribute("today", LocalDate.now(clock));
        return "legality/review";
    }

    private String reviewStep(long id, BindingResult errors, Model model, RedirectAttributes redirect,
            Supplier<Object> action) {
        ReviewView r = visibleReview(id);
        if (errors != null && errors.hasErrors()) {
            showReview(model, r);
            cn.fazhi.platform.web.Pages.invalid(model, errors);
            return "legality/review";
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            showReview(model, visibleReview(id));
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "legality/review";
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:/legality/reviews/" + id;
    }

    private String showDecision(Model model, DecisionView d, DecisionSteps entered) {
        model.addAttribute("d", d);
        model.addAttribute("s", entered == null ? d.steps() : entered);
        model.addAttribute("stepStates", StepState.values());
        model.addAttribute("meetingKinds", MeetingKind.values());
        model.addAttribute("reviewChoices", decisions.linkableReviews(d.id(), scope()));
        model.addAttribute("minCommentDays", DecisionRules.MIN_COMMENT_DAYS);
        model.addAttribute("canManage", currentUsers.require().can("legality:manage"));
        return "legality/decision";
    }

    /** Runs a form action; on a user mistake re-renders {@code page} with the message, else redirects. */
    private static String act(BindingResult errors, Model model, RedirectAttributes redirect, String target,
            Supplier<String> page, Supplier<Object> action) {
        if (errors != null && errors.hasErrors()) {
            String view = page.get();
            return error(model, view, "legality.error.form");
        }
        try {
            action.get();
        } catch (UserFacingException e) {
            String view = page.get();
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return view;
        }
        redirect.addFlashAttribute("noticeKey", "common.saved");
        return "redirect:" + target;
    }

    private static String error(Model model, String view, String key) {
        model.addAttribute("errorKey", key);
        model.addAttribute("errorArgs", new Object[0]);
        return view;
    }

}
