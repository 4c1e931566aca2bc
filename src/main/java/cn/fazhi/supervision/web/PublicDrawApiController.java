package cn.fazhi.supervision.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.supervision.Draws;
import cn.fazhi.supervision.PublicDrawView;
import cn.fazhi.supervision.PublicDraws;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** The published draws of 双随机、一公开 (no login): enough for anyone to recompute a selection. */
@RestController
@RequestMapping("/api/v1/public/random-inspections/draws")
@Tag(name = "public-random-inspection-draws", description = "双随机抽取公开验证")
class PublicDrawApiController {

    private final PublicDraws draws;

    PublicDrawApiController(PublicDraws draws) {
        this.draws = draws;
    }

    @GetMapping
    @Operation(summary = "抽取公示列表", description = "全部抽取，新近的在前：名单冻结后、抽取前即列出其种子承诺值（status=COMMITTED），"
            + "抽取后为 DRAWN，作废的为 ABANDONED；status 可选，page 从 0 起，size 1–100")
    Paged<PublicDraws.Entry> index(@RequestParam(required = false) Draws.Status status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return draws.index(status, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "抽取的公开数据", description = "冻结名单（检查对象、检查人员、回避）的条数、SM3 摘要和下载地址，随机种子的"
            + "承诺值 SM3(seed)，抽取后揭示的种子，抽取数量、各单位每户检查人数和抽取结果；算法 fazhi-draw-v1 见"
            + " docs/supervision/random-draw.md，独立验证程序 tools/verify-draw.py；未知编号返回 404 中文问题")
    PublicDrawView draw(@PathVariable long id) {
        return draws.view(id);
    }

    @GetMapping(value = "/{id}/lists/{kind}", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "冻结名单原文", description = "kind 为 entities（每行一个统一社会信用代码）、inspectors（每行“执法证号,单位代码”）"
            + "或 avoidance（每行一个 SM3(执法证号|统一社会信用代码)）；UTF-8，每行以换行结束，其 SM3 即公布的摘要")
    ResponseEntity<String> list(@PathVariable long id, @PathVariable String kind) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(draws.list(id, kind));
    }
}
