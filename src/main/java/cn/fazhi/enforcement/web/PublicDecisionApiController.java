package cn.fazhi.enforcement.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enforcement.PublicationNotice;
import cn.fazhi.enforcement.Publications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** The published enforcement decisions, without login (国办发〔2018〕118号 二(六)). */
@RestController
@RequestMapping("/api/v1/public/enforcement/decisions")
@Tag(name = "public-enforcement-decisions", description = "已公开的行政执法决定（无需登录）")
class PublicDecisionApiController {

    private final Publications publications;

    PublicDecisionApiController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping
    @Operation(summary = "已公示的行政执法决定", description = "按关键词（文号、当事人、违法行为、结论、执法机关）、执法机关、类别查询，分页，最新公示在前")
    Paged<PublicationNotice> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return publications.published(q, unitId, category, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条已公示的执法决定", description = "未公示、已撤下或不存在的返回 404")
    PublicationNotice one(@PathVariable long id) {
        return publications.publishedOne(id);
    }
}
