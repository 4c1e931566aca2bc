package cn.fazhi.enforcement.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enforcement.BenchmarkView;
import cn.fazhi.enforcement.Benchmarks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published benchmarks without login (行政处罚法 Art. 34). */
@RestController
@RequestMapping("/api/v1/public/enforcement/benchmarks")
@Tag(name = "public-enforcement-benchmarks", description = "已发布的行政处罚裁量基准（无需登录）")
class PublicBenchmarkApiController {

    private final Benchmarks benchmarks;

    PublicBenchmarkApiController(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GetMapping
    @Operation(summary = "检索已发布的裁量基准", description = "按违法行为编码、名称或文号；分页（page 从 0 起，每页至多 50）")
    Benchmarks.Page search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return benchmarks.search(q, true, page, Math.min(size, 50));
    }

    @GetMapping("/{id}")
    @Operation(summary = "已发布的裁量基准及其裁量阶次", description = "未发布或不存在的返回 404")
    BenchmarkView one(@PathVariable long id) {
        return benchmarks.published(id);
    }
}
