package cn.fazhi.normative.web;

import java.time.LocalDate;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.fazhi.normative.CleanupCampaigns;
import cn.fazhi.normative.NormativeDocuments;
import cn.fazhi.normative.NormativeQuery;
import cn.fazhi.normative.NormativeSearch;
import cn.fazhi.normative.NormativeStatus;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.search.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public register (no login): documents in force and their history, full text, search, cleanup results. */
@Controller
@Tag(name = "public", description = "公众门户：无需登录")
class PublicNormativeController {

    private final NormativeDocuments documents;
    private final CleanupCampaigns cleanups;
    private final NormativeSearch search;
    private final Units units;

    PublicNormativeController(NormativeDocuments documents, CleanupCampaigns cleanups, NormativeSearch search, Units units) {
        this.documents = documents;
        this.cleanups = cleanups;
        this.search = search;
        this.units = units;
    }

    @GetMapping("/api/v1/public/normative/search")
    @ResponseBody
    @Operation(summary = "检索行政规范性文件", description = "公开文件全文检索：关键词（按空格、标点和“的、和、与、及”分词，各词均须出现，整句连续出现的排在前面）、制定机关、年份、状态、某日有效，相关度排序，片段高亮（HTML 已转义，命中处以 mark 标记）")
    SearchResult apiSearch(@ParameterObject @ModelAttribute NormativeSearch.Filters filters) {
        return search.searchPublic(filters);
    }

    @GetMapping("/public/normative")
    String register(@ModelAttribute("filters") NormativeSearch.Filters filters, Model model) {
        model.addAttribute("units", units.all());
        model.addAttribute("statuses", NormativeStatus.values());
        boolean searching = filters.q() != null && !filters.q().isBlank();
        model.addAttribute("searching", searching);
        model.addAttribute("pageLink", cn.fazhi.platform.web.Pages.pageLink());
        try {
            if (searching) {
                model.addAttribute("result", search.searchPublic(filters));
            } else {
                LocalDate inForceOn = filters.inForceOn() == null && filters.status() == null && filters.year() == null
                        ? LocalDate.now() : filters.inForceOn();
                model.addAttribute("register", documents.listPublic(new NormativeQuery(filters.unitId(), filters.status(),
                        filters.year(), inForceOn, null, filters.page(), 20)));
                model.addAttribute("shownInForceOn", inForceOn);
            }
        } catch (UserFacingException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
        }
        return "normative/public-register";
    }

    @GetMapping("/public/normative/{id}")
    String document(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            Model model) {
        var doc = documents.findPublic(id).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("doc", doc);
        model.addAttribute("chain", documents.chain(id, date == null ? LocalDate.now() : date, true, null));
        return "normative/public-document";
    }

    @GetMapping("/public/normative/cleanups")
    String cleanups(Model model) {
        model.addAttribute("cleanups", cleanups.listPublished());
        return "normative/public-cleanups";
    }

    @GetMapping("/public/normative/cleanups/{id}")
    String cleanup(@PathVariable long id, Model model) {
        model.addAttribute("cleanup", cleanups.findPublished(id).orElseThrow(() -> UserFacingException.notFound("error.notFound")));
        return "normative/public-cleanup";
    }
}
