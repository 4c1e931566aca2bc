package cn.fazhi.supervision.web;

import java.io.IOException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.supervision.RandomItemCommand;
import cn.fazhi.supervision.RandomItemStatus;
import cn.fazhi.supervision.RandomItemView;
import cn.fazhi.supervision.RandomItems;
import cn.fazhi.supervision.TargetRegisterSpreadsheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import cn.fazhi.platform.web.Paged;

/** The random-inspection list over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/random-inspections/items")
@Tag(name = "supervision-random-items", description = "随机抽查事项清单：各部门维护、发布、撤回")
class RandomItemApiController {

    private final RandomItems items;
    private final TargetRegisterSpreadsheets spreadsheets;
    private final CurrentUsers currentUsers;

    RandomItemApiController(RandomItems items, TargetRegisterSpreadsheets spreadsheets, CurrentUsers currentUsers) {
        this.items = items;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "查询抽查事项", description = "按名称、编码或依据，部门、状态筛选，分页；执法监督机构可见全部，其他只见本范围及已发布事项")
    Paged<RandomItemView> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "status", required = false) RandomItemStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        return items.search(q, unitId, status, page, size, currentUsers);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "导出抽查事项（.xlsx）")
    void export(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "status", required = false) RandomItemStatus status, HttpServletResponse response)
            throws IOException {
        RandomItemPages.startDownload(response, "random-items.xlsx");
        spreadsheets.exportItems(items.all(q, unitId, status, currentUsers), response.getOutputStream(),
                LocaleContextHolder.getLocale());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @Operation(summary = "新建抽查事项（草稿）", description = "须有法律依据（《……》第……条）；抽查比例 0–100%；行业为 GB/T 4754 门类字母或代码，逗号分隔，留空为全部；"
            + "部门只能为本单位新建，执法监督机构可为任一部门新建")
    RandomItemView create(@RequestBody RandomItemCommand c) {
        return items.create(c, currentUsers);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "查看抽查事项", description = "不可见时返回 404")
    RandomItemView one(@PathVariable long id) {
        return items.get(id, currentUsers);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @Operation(summary = "修改抽查事项", description = "需带 version，版本不符返回 409；已撤回的不能修改；其他部门的事项返回 403")
    RandomItemView update(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
            @RequestBody RandomItemCommand c) {
        return items.update(id, version, c, currentUsers);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @Operation(summary = "发布抽查事项", description = "草稿 → 已发布；发布后可用于抽查任务并在门户公开")
    RandomItemView publish(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version) {
        return items.publish(id, version, currentUsers);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAnyAuthority('supervision:random', 'supervision:manage')")
    @Operation(summary = "撤回抽查事项", description = "已发布 → 已撤回；不再用于新任务")
    RandomItemView withdraw(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version) {
        return items.withdraw(id, version, currentUsers);
    }
}
