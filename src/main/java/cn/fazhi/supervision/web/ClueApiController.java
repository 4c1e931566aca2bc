package cn.fazhi.supervision.web;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.cases.CaseLinks;
import cn.fazhi.supervision.ClueCommands;
import cn.fazhi.supervision.ClueDesk;
import cn.fazhi.supervision.ClueDetail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 行政执法监督线索 over REST: the same permissions, data scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/supervision/clues")
@Tag(name = "supervision-clues", description = "行政执法监督：线索登记、核查、监督文书、答复、整改、移送纪检监察机关")
@PreAuthorize("hasAuthority('supervision:view')")
class ClueApiController {

    private final ClueDesk desk;
    private final CaseLinks links;

    ClueApiController(ClueDesk desk, CaseLinks links) {
        this.desk = desk;
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('supervision:manage')")
    @Operation(summary = "登记监督线索", description = "来源：投诉举报、12345热线、其他；被监督单位、内容、收到日期必填")
    ClueDetail register(@RequestBody ClueCommands.Register c) {
        return desk.register(c);
    }

    @GetMapping
    @Operation(summary = "查询监督线索", description = "本人数据范围内；被监督单位只能看到向本单位发出文书的线索")
    Paged<ClueDetail> search(@ParameterObject @ModelAttribute ClueCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return desk.search(query, page, Math.min(size, 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看监督线索", description = "不在本人数据范围内的返回 404")
    ClueDetail one(@PathVariable long id) {
        return desk.get(id);
    }

    @GetMapping("/{id}/actions")
    @Operation(summary = "可办理的步骤", description = "按状态和本人权限，来自流转表")
    List<String> actions(@PathVariable long id) {
        return desk.actions(desk.get(id));
    }

    @GetMapping("/{id}/links")
    @Operation(summary = "关联记录", description = "复议纠错 → 监督 → 整改 → 考核，双向")
    List<CaseLinks.Linked> links(@PathVariable long id) {
        desk.get(id);
        return links.of(ClueDesk.ref(id));
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "开始核查")
    ClueDetail verify(@PathVariable long id, @RequestBody ClueCommands.Verify c) {
        return desk.verify(id, c);
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "记录核查情况")
    ClueDetail findings(@PathVariable long id, @RequestBody ClueCommands.Findings c) {
        return desk.findings(id, c);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "制发监督文书", description = "监督建议书、通知书、意见书、决定书；按种类编号，答复期限按设置计算")
    ClueDetail issue(@PathVariable long id, @RequestBody ClueCommands.Issue c) {
        return desk.issue(id, c);
    }

    @PostMapping("/{id}/reply")
    @Operation(summary = "被监督单位答复", description = "须持有 supervision:respond 权限")
    ClueDetail reply(@PathVariable long id, @RequestBody ClueCommands.Reply c) {
        return desk.reply(id, c, null, null);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "认可答复并办结")
    ClueDetail accept(@PathVariable long id, @RequestBody ClueCommands.Accept c) {
        return desk.accept(id, c);
    }

    @PostMapping("/{id}/rectify")
    @Operation(summary = "提出整改问题并办结", description = "每行一个问题，进入整改；期限为空时按整改默认期限")
    ClueDetail rectify(@PathVariable long id, @RequestBody ClueCommands.Rectify c) {
        return desk.rectify(id, c);
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "移送纪检监察机关", description = "记录接收机关、移送日期、移送函号和移送内容")
    ClueDetail transfer(@PathVariable long id, @RequestBody ClueCommands.Transfer c) {
        return desk.transfer(id, c);
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "核查不属实了结")
    ClueDetail dismiss(@PathVariable long id, @RequestBody ClueCommands.Dismiss c) {
        return desk.dismiss(id, c);
    }
}
