package cn.fazhi.services.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.services.Bundles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 一件事 bundles over REST: keep them, apply once for all their items, read the combined answer. */
@RestController
@RequestMapping("/api/v1/services/bundles")
@Tag(name = "一件事")
@PreAuthorize("hasAuthority('services:view')")
class BundleApiController {

    private final Bundles bundles;

    BundleApiController(Bundles bundles) {
        this.bundles = bundles;
    }

    @GetMapping
    @Operation(summary = "一件事清单")
    List<Bundles.BundleView> all() {
        return bundles.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('services:manage')")
    @Operation(summary = "新建一件事", description = "至少两个现行有效的事项")
    Bundles.BundleView create(@RequestBody(required = false) Bundles.CreateBundle c) {
        return bundles.create(c);
    }

    @PostMapping("/{id}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('services:intake')")
    @Operation(summary = "一件事收件", description = "一张表单、一套材料：每个事项生成一个办件，并联办理；全部办结后一次答复")
    Bundles.Answer apply(@PathVariable long id, @RequestBody(required = false) Bundles.BundleApply c) {
        return bundles.apply(id, c);
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "一件事办理结果", description = "各事项办件及是否已全部办结（complete）")
    Bundles.Answer answer(@PathVariable long id) {
        return bundles.answer(id);
    }
}
