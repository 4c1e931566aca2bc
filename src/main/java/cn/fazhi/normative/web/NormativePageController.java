package cn.fazhi.normative.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.normative.CleanupCampaigns;
import cn.fazhi.normative.CleanupOutcome;
import cn.fazhi.normative.CleanupView;
import cn.fazhi.normative.NormativeCommands;
import cn.fazhi.normative.NormativeDocuments;
import cn.fazhi.normative.NormativeQuery;
import cn.fazhi.normative.NormativeSearch;
import cn.fazhi.normative.NormativeStatus;
import cn.fazhi.normative.RelationKind;
import cn.fazhi.normative.ReviewBody;
import cn.fazhi.normative.ReviewResult;
import cn.fazhi.normative.TextExtraction;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.Pages;
import cn.fazhi.platform.web.UserFacingException;

/** Staff pages of the register and of cleanup campaigns. */
@Controller
class NormativePageController {

    private final NormativeDocuments documents;
    private final CleanupCampaigns cleanups;
    private final NormativeSearch search;
    private final CurrentUsers currentUsers;
    private final Units units;
    private final TextExtraction extraction;
    private final cn.fazhi.cases.CaseTimeline timeline;

    NormativePageController(NormativeDocuments documents, CleanupCampaigns cleanups, NormativeSearch search,
            CurrentUsers currentUsers, Units units, TextExtraction extraction, cn.fazhi.cases.CaseTimeline timeline) {
        this.documents = documents;
        this.timeline = timeline;
        this.extraction = extraction;
        this.cleanups = cleanups;
        this.search = search;
        this.currentUsers = currentUsers;
        this.units = units;
    }

    @GetMapping("/normative")
    @PreAuthorize("hasAuthority('normative:view')")
    String list(@ModelAttribute("query") NormativeQuery query, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("units", units.visible(currentUsers.scope()));
        model.addAttribute("statuses", NormativeStatus.values());
        model.addAttribute("q", q);
        model.addAttribute("pageLink", Pages.pageLink());
        return Pages.attempt(model, "normative/list", () -> {
            if (q != null && !q.isBlank()) {
                model.addAttribute("hits", search.searchStaff(new NormativeSearch.Filters(q, query.unitId(), query.year(),
                        query.status(), query.inForceOn(), null, query.page(), 20), currentUsers.scope()));
            } else {
                model.addAttribute("result", documents.list(query, currentUsers.scope()));
            }
            return "normative/list";
        });
    }

    @GetMapping("/normative/new")
    @PreAuthorize("hasAuthority('normative:draft')")
    String newForm(Model model) {
        model.addAttribute("units", units.visible(currentUsers.scope()));
        model.addAttribute("relationKinds", RelationKind.values());
        return "normative/form";
    }

    @PostMapping("/normative/new")
    @PreAuthorize("hasAuthority('normative:draft')")
    @cn.fazhi.platform.web.SubmitOnce
    String create(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) String tags,
            @RequestParam(required = false) Integer validityYears, @RequestParam(required = false) Long relatedTo,
            @RequestParam(required = false) RelationKind relation, @RequestParam(required = false) MultipartFile file,
            Model model) {
        newForm(model);
        keep(model, title, body, tags, validityYears, relatedTo, relation);
        return Pages.attempt(model, "normative/form", () -> {
            var doc = documents.draft(draft(unitId, title, text(body, file), tags, validityYears, relatedTo, relation),
                    currentUsers.require());
            return "redirect:/normative/documents/" + doc.id();
        });
    }

    /** The draft's form filled with what is stored; only drafts in the caller's scope. */
    @GetMapping("/normative/documents/{id}/edit")
    @PreAuthorize("hasAuthority('normative:draft')")
    String editForm(@PathVariable long id, Model model) {
        var doc = documents.find(id, currentUsers.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("doc", doc);
        model.addAttribute("relationKinds", RelationKind.values());
        if (!model.containsAttribute("draftTitle")) {
            var relation = doc.relations().stream().filter(r -> r.outgoing()).findFirst();
            keep(model, doc.title(), doc.body(), String.join(",", doc.tags()), doc.validityYears(),
                    relation.map(r -> r.otherId()).orElse(null), relation.map(r -> r.kind()).orElse(null));
        }
        return "normative/form";
    }

    @PostMapping("/normative/documents/{id}/edit")
    @PreAuthorize("hasAuthority('normative:draft')")
    String edit(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body, @RequestParam(required = false) String tags,
            @RequestParam(required = false) Integer validityYears, @RequestParam(required = false) Long relatedTo,
            @RequestParam(required = false) RelationKind relation, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Integer version, Model model) {
        keep(model, title, body, tags, validityYears, relatedTo, relation);
        editForm(id, model);
        return Pages.attempt(model, "normative/form", () -> {
            documents.edit(id, draft(null, title, text(body, file), tags, validityYears, relatedTo, relation),
                    version, currentUsers.scope());
            return "redirect:/normative/documents/" + id;
        });
    }

    /** The uploaded file's text when a file is given, else the pasted text. */
    private String text(String body, MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return body;
        }
        try (var in = file.getInputStream()) {
            return extraction.extract(file.getOriginalFilename(), file.getSize(), in);
        } catch (java.io.IOException e) {
            throw UserFacingException.badRequest("normative.upload.error.unreadable");
        }
    }

    private static NormativeCommands.Draft draft(Long unitId, String title, String text, String tags,
            Integer validityYears, Long relatedTo, RelationKind relation) {
        List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split("[,，\\s]+"));
        return new NormativeCommands.Draft(unitId, title, text, tagList, validityYears, relatedTo, relation);
    }

    /** What the user typed, for the re-rendered form ("draftTitle": the layout's own "title" parameter would shadow it). */
    private static void keep(Model model, String title, String body, String tags, Integer validityYears, Long relatedTo,
            RelationKind relation) {
        model.addAttribute("draftTitle", title);
        model.addAttribute("body", body);
        model.addAttribute("tags", tags);
        model.addAttribute("validityYears", validityYears);
        model.addAttribute("relatedTo", relatedTo);
        model.addAttribute("relation", relation);
    }

    /** Answers a recorded comment (adopted or not, and why). */
    @PostMapping("/normative/documents/{id}/comments/{commentId}")
    @PreAuthorize("hasAuthority('normative:draft')")
    String answer(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) Boolean adopted,
            @RequestParam(required = false) String response, @RequestParam(required = false) Integer version,
            Model model) {
        visible(id);
        return Pages.attempt(model, "normative/document", () -> {
            try {
                documents.answerComment(id, commentId, new NormativeCommands.Answer(adopted, response), version);
                return "redirect:/normative/documents/" + id + "#comment-" + commentId;
            } finally {
                document(id, model);
            }
        });
    }

    @GetMapping("/normative/documents/{id}")
    @PreAuthorize("hasAuthority('normative:view')")
    String document(@PathVariable long id, Model model) {
        var doc = documents.get(id);
        model.addAttribute("doc", doc);
        model.addAttribute("actions", documents.actions(doc, currentUsers));
        model.addAttribute("timeline", timeline.of(new cn.fazhi.cases.CaseRef(NormativeDocuments.TYPE, id)));
        model.addAttribute("chain", documents.chain(id, LocalDate.now(), false, currentUsers.scope()));
        model.addAttribute("reviewBodies", ReviewBody.values());
        model.addAttribute("reviewResults", ReviewResult.values());
        return "normative/document";
    }

    /** One lifecycle step from the document page; a refusal re-renders the page with the Chinese message. */
    @PostMapping("/normative/documents/{id}/{step}")
    @PreAuthorize("hasAuthority('normative:view')")
    String step(@PathVariable long id, @PathVariable String step,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) String text, @RequestParam(required = false) String source,
            @RequestParam(required = false) String number, @RequestParam(required = false) Boolean adopted,
            @RequestParam(required = false) ReviewBody reviewBy, @RequestParam(required = false) ReviewResult result,
            @RequestParam(required = false) String response, @RequestParam(required = false) Integer version,
            Model model) {
        var scope = currentUsers.scope();
        var me = currentUsers.require();
        visible(id);
        return Pages.attempt(model, "normative/document", () -> {
            try {
                switch (step) {
                    case "comment-period" -> need(me.can("normative:draft"), () -> documents.openComment(id,
                            new NormativeCommands.CommentPeriod(from, to), version));
                    case "comments" -> need(me.can("normative:draft"), () -> documents.addComment(id,
                            new NormativeCommands.Comment(on, source, text, adopted, blank(response) ? null : response), version));
                    case "submit-review" -> need(me.can("normative:draft"), () -> documents.submitForReview(id, version));
                    case "review" -> need(me.can("normative:review"), () -> documents.recordReview(id,
                            new NormativeCommands.Review(reviewBy, source, result, text, on), version));
                    case "return" -> need(me.can("normative:draft"), () -> documents.returnToDrafting(id, version));
                    case "decision" -> need(me.can("normative:issue"), () -> documents.recordDecision(id,
                            new NormativeCommands.Decision(text, on), version));
                    case "sign" -> need(me.can("normative:issue"), () -> documents.sign(id,
                            new NormativeCommands.Sign(number, on, publishedOn, effectiveOn), version));
                    case "filing" -> need(me.can("normative:issue"), () -> documents.file(id,
                            new NormativeCommands.Filing(text, on), version));
                    case "evaluation" -> need(me.can("normative:issue"), () -> documents.evaluate(id,
                            new NormativeCommands.Evaluation(on, text), version));
                    default -> throw UserFacingException.notFound("error.notFound");
                }
                return "redirect:/normative/documents/" + id;
            } finally {
                document(id, model);
            }
        });
    }

    /**
     * A document outside the caller's scope is "not found" before any step is tried: the refusal page re-renders the
     * document, which it could not do for one the caller may not see.
     */
    private void visible(long id) {
        documents.find(id, currentUsers.scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void need(boolean allowed, Runnable action) {
        if (!allowed) {
            throw UserFacingException.forbidden("error.forbidden");
        }
        action.run();
    }

    // ---- cleanups ---------------------------------------------------------------------------------------------------

    @GetMapping("/normative/cleanups")
    @PreAuthorize("hasAuthority('normative:view')")
    String cleanups(Model model) {
        model.addAttribute("cleanups", cleanups.list(currentUsers.scope()));
        model.addAttribute("units", units.visible(currentUsers.scope()));
        return "normative/cleanups";
    }

    @PostMapping("/normative/cleanups")
    @PreAuthorize("hasAuthority('normative:cleanup')")
    String createCleanup(@RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate issuedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate issuedTo,
            @RequestParam(required = false) Long issuerUnitId, Model model) {
        cleanups(model);
        return Pages.attempt(model, "normative/cleanups", () -> {
            var c = cleanups.create(new CleanupView.Create(title, issuedFrom, issuedTo, issuerUnitId), currentUsers.require());
            return "redirect:/normative/cleanups/" + c.id();
        });
    }

    @GetMapping("/normative/cleanups/{id}")
    @PreAuthorize("hasAuthority('normative:view')")
    String cleanup(@PathVariable long id, Model model) {
        model.addAttribute("cleanup", cleanups.find(id, currentUsers.scope())
                .orElseThrow(() -> UserFacingException.notFound("error.notFound")));
        model.addAttribute("outcomes", CleanupOutcome.values());
        return "normative/cleanup";
    }

    @PostMapping("/normative/cleanups/{id}/documents/{documentId}")
    @PreAuthorize("hasAuthority('normative:cleanup')")
    String reviewCleanup(@PathVariable long id, @PathVariable long documentId,
            @RequestParam(required = false) CleanupOutcome outcome, @RequestParam(required = false) String reason,
            Model model) {
        return Pages.attempt(model, "normative/cleanup", () -> {
            try {
                cleanups.review(id, documentId, new CleanupView.Review(outcome, reason), currentUsers.scope());
                return "redirect:/normative/cleanups/" + id + "#item-" + documentId;
            } finally {
                cleanup(id, model);
            }
        });
    }

    @PostMapping("/normative/cleanups/{id}/publish")
    @PreAuthorize("hasAuthority('normative:cleanup')")
    String publishCleanup(@PathVariable long id, Model model) {
        return Pages.attempt(model, "normative/cleanup", () -> {
            try {
                cleanups.publish(id, currentUsers.scope());
                return "redirect:/normative/cleanups/" + id;
            } finally {
                cleanup(id, model);
            }
        });
    }
}
