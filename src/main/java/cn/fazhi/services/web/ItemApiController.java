package cn.fazhi.services.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.services.ItemCatalogue;
import cn.fazhi.services.ItemDetails;
import cn.fazhi.services.ItemForm;
import cn.fazhi.services.ItemKeeping;
import cn.fazhi.services.ItemQuery;
import cn.fazhi.services.ItemRow;
import cn.fazhi.services.ServiceItemView;
import cn.fazhi.services.ServiceItems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Service items and catalogues over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "政务服务事项")
@PreAuthorize("hasAuthority('services:view')")
class ItemApiController {

    private final ServiceItems items;
    private final ItemKeeping keeping;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ItemApiController(ServiceItems items, ItemKeeping keeping, CurrentUsers currentUsers, Clock clock) {
        this.items = items;
        this.keeping = keeping;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** An item with its version in force today (or its last) and every version. */
    record Detail(ItemDetails item, List<ServiceItemView> history) {}

    @GetMapping("/items")
    @Operation(summary = "查询政务服务事项", description = "本人数据范围内、今日有效的事项；可按名称或编码、实施主体、类型、层级、可网办、即办筛选")
    Paged<ItemRow> search(@ParameterObject @Validated @ModelAttribute ItemQuery query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        checkPaging(page, size);
        return items.search(query, currentUsers.require().scope(), LocalDate.now(clock), page, size);
    }

    @GetMapping("/catalogues/{slug}")
    @Operation(summary = "查询目录清单", description = "service 政务服务事项基本目录、licence 行政许可事项清单、intermediary 中介服务事项清单")
    Paged<ItemRow> catalogue(@PathVariable String slug, @ParameterObject @Validated @ModelAttribute ItemQuery query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        checkPaging(page, size);
        return items.search(query.inCatalogue(ItemCatalogue.ofSlug(slug)), currentUsers.require().scope(),
                LocalDate.now(clock), page, size);
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "查看政务服务事项", description = "现行版本的办事指南内容和全部历史版本；不在数据范围内的返回 404")
    Detail one(@PathVariable long id) {
        ItemDetails d = keeping.visible(id);
        return new Detail(d, items.history(id));
    }

    @PostMapping("/items")
    @PreAuthorize("hasAuthority('services:manage')")
    @Operation(summary = "新增政务服务事项", description = "生成第1版；规则不符返回 400 及中文说明，未保存任何内容")
    Map<String, Long> create(@Validated @RequestBody ItemForm form) {
        return Map.of("id", keeping.create(form));
    }

    @PostMapping("/items/{id}/versions")
    @PreAuthorize("hasAuthority('services:manage')")
    @Operation(summary = "修订政务服务事项", description = "生成新版本，自 effectiveFrom 起施行；须带读取时的 version，过期返回 409")
    Detail revise(@PathVariable long id, @Validated @RequestBody ItemForm form) {
        keeping.revise(id, form);
        return one(id);
    }

    @PostMapping("/items/{id}/publish")
    @PreAuthorize("hasAuthority('services:manage')")
    @Operation(summary = "发布办事指南", description = "在门户公开该事项的办事指南；须带 version")
    Detail publish(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version) {
        keeping.publish(id, version);
        return one(id);
    }

    @PostMapping("/items/{id}/withdraw")
    @PreAuthorize("hasAuthority('services:manage')")
    @Operation(summary = "取消政务服务事项", description = "自 on 日起失效，办事指南从门户撤下；须带 version")
    Detail withdraw(@PathVariable long id, @RequestParam(name = "on", required = false) LocalDate on,
            @RequestParam(name = "version", required = false) Integer version) {
        keeping.withdraw(id, on, version);
        return one(id);
    }

    private static void checkPaging(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("services.error.paging");
        }
    }
}
