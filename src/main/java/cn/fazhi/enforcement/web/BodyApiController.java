package cn.fazhi.enforcement.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enforcement.EnforcementBodies;
import cn.fazhi.enforcement.EnforcementBodyCommands;
import cn.fazhi.enforcement.EnforcementBodyView;
import cn.fazhi.enforcement.EnforcementMatterView;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.scope.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** Enforcement bodies and their matters over REST. */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "enforcement-bodies", description = "执法主体（法定、授权、受委托）及其执法事项")
class BodyApiController {

    private final EnforcementBodies bodies;
    private final CurrentUsers currentUsers;

    BodyApiController(EnforcementBodies bodies, CurrentUsers currentUsers) {
        this.bodies = bodies;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/bodies")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询执法主体", description = "按名称或执法领域、单位筛选，分页")
    Paged<EnforcementBodyView> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        return bodies.search(q, unitId, page, size, scope());
    }

    @PostMapping("/bodies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "登记执法主体", description = "受委托组织须写明委托机关（《行政处罚法》第二十条）")
    EnforcementBodyView create(@Validated @RequestBody EnforcementBodyCommands.Body c) {
        return bodies.create(c, scope());
    }

    @GetMapping("/bodies/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看执法主体", description = "不在数据范围内返回 404")
    EnforcementBodyView one(@PathVariable long id) {
        return bodies.get(id, scope());
    }

    @PutMapping("/bodies/{id}")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "修改执法主体", description = "需带 version")
    EnforcementBodyView update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @Validated @RequestBody EnforcementBodyCommands.Body c) {
        return bodies.update(id, version, c, scope());
    }

    @GetMapping("/bodies/{id}/matters")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "执法事项清单", description = "依据、程序、救济途径")
    List<EnforcementMatterView> matters(@PathVariable long id) {
        return bodies.matters(id, scope());
    }

    @PostMapping("/bodies/{id}/matters")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "新增执法事项", description = "同一主体内事项编码唯一")
    EnforcementMatterView addMatter(@PathVariable long id, @Validated @RequestBody EnforcementBodyCommands.Matter c) {
        return bodies.addMatter(id, c, scope());
    }

    @PutMapping("/matters/{id}")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "修改执法事项", description = "需带 version")
    EnforcementMatterView updateMatter(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @Validated @RequestBody EnforcementBodyCommands.Matter c) {
        return bodies.updateMatter(id, version, c, scope());
    }

    private DataScope scope() {
        return currentUsers.require().scope();
    }
}
