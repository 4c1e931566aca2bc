package cn.fazhi.supervision.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.supervision.RandomPublications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 一公开 over REST (no login): the published results of random inspections with their draws' verify links. */
@RestController
@Tag(name = "public")
class PublicRandomResultApiController {

    private final RandomPublications publications;

    PublicRandomResultApiController(RandomPublications publications) {
        this.publications = publications;
    }

    @GetMapping("/api/v1/public/random-inspections/results")
    @Operation(summary = "双随机抽查结果公示", description = "已公示的抽查任务、检查结果及抽取验证链接")
    Paged<RandomPublications.PublishedTask> results(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return publications.search(q, page, size);
    }
}
