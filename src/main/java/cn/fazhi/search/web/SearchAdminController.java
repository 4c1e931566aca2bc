package cn.fazhi.search.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.fazhi.search.Search;
import cn.fazhi.search.SearchStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The index's status page with the rebuild button, and the same over REST. */
@Controller
@Tag(name = "search", description = "全文检索索引：状态与重建")
class SearchAdminController {

    private final Search search;

    SearchAdminController(Search search) {
        this.search = search;
    }

    @GetMapping("/search/admin")
    @PreAuthorize("hasAuthority('search:index:manage')")
    String page(Model model) {
        model.addAttribute("status", search.status());
        return "search/admin";
    }

    @PostMapping("/search/admin/rebuild")
    @PreAuthorize("hasAuthority('search:index:manage')")
    String rebuild(RedirectAttributes redirect) {
        search.requestRebuild();
        redirect.addFlashAttribute("noticeKey", "search.admin.rebuildRequested");
        return "redirect:/search/admin";
    }

    @GetMapping("/api/v1/search/status")
    @ResponseBody
    @PreAuthorize("hasAuthority('search:index:manage')")
    @Operation(summary = "本节点索引状态", description = "索引目录、文本数、已应用的变更序号与最新变更序号、重建请求")
    SearchStatus status() {
        return search.status();
    }

    @PostMapping("/api/v1/search/rebuild")
    @ResponseBody
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('search:index:manage')")
    @Operation(summary = "从数据库重建索引", description = "登记一次重建请求；每个节点在数秒内按请求从数据库重建本节点索引。记入审计日志")
    RebuildRequested rebuild() {
        return new RebuildRequested(search.requestRebuild());
    }

    record RebuildRequested(long requestId) {}
}
