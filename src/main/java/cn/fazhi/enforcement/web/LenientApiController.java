package cn.fazhi.enforcement.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enforcement.LenientCommands;
import cn.fazhi.enforcement.LenientItemView;
import cn.fazhi.enforcement.LenientKind;
import cn.fazhi.enforcement.LenientListView;
import cn.fazhi.enforcement.LenientLists;
import cn.fazhi.enforcement.LenientMatch;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The four lenient lists (包容审慎四张清单) over REST, and the match of a case's facts against them. */
@RestController
@RequestMapping("/api/v1/enforcement/lenient-lists")
@Tag(name = "enforcement-lenient-lists", description = "包容审慎四张清单：不予处罚、从轻处罚、减轻处罚、不予实施行政强制措施")
class LenientApiController {

    private final LenientLists lists;
    private final CurrentUsers currentUsers;

    LenientApiController(LenientLists lists, CurrentUsers currentUsers) {
        this.lists = lists;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "四张清单及其发布情况")
    List<LenientListView> lists() {
        return lists.lists();
    }

    @GetMapping("/{kind}/items")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "清单事项", description = "kind: NOT_PUNISHED、LIGHTER、MITIGATED、NO_COERCION")
    List<LenientItemView> items(@PathVariable LenientKind kind, @RequestParam(required = false) String q) {
        return lists.items(kind, q);
    }

    @PostMapping("/{kind}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "新增清单事项", description = "同一清单内违法行为编码不得重复")
    LenientItemView add(@PathVariable LenientKind kind, @Validated @RequestBody LenientCommands.Item c) {
        return lists.add(kind, c, currentUsers.require());
    }

    @DeleteMapping("/{kind}/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "删除清单事项")
    void remove(@PathVariable LenientKind kind, @PathVariable long id) {
        lists.remove(kind, id);
    }

    @PostMapping("/{kind}/publish")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "发布清单", description = "空清单不能发布")
    LenientListView publish(@PathVariable LenientKind kind, @Validated @RequestBody LenientCommands.Publish c) {
        return lists.publish(kind, c);
    }

    @PostMapping("/{kind}/withdraw")
    @PreAuthorize("hasAuthority('enforcement:manage')")
    @Operation(summary = "撤回清单")
    LenientListView withdraw(@PathVariable LenientKind kind) {
        return lists.withdraw(kind);
    }

    @GetMapping("/matches")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "案件情节与已发布清单的比对", description = "《行政处罚法》第三十三条首违不罚等：返回案件符合的清单事项及说明，供决定前提示办案人员")
    List<LenientMatch> matches(@RequestParam String violationCode,
            @RequestParam(defaultValue = "false") boolean firstOffence,
            @RequestParam(defaultValue = "false") boolean harmMinor, @RequestParam(defaultValue = "false") boolean corrected) {
        return lists.matches(violationCode, firstOffence, harmMinor, corrected);
    }
}
