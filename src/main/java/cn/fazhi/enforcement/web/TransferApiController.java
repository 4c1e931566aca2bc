package cn.fazhi.enforcement.web;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.enforcement.TransferCommands;
import cn.fazhi.enforcement.TransferView;
import cn.fazhi.enforcement.Transfers;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 两法衔接 over REST (国务院令第310号): the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/enforcement/transfers")
@Tag(name = "enforcement-publicity")
class TransferApiController {

    private final Transfers transfers;
    private final CurrentUsers currentUsers;

    TransferApiController(Transfers transfers, CurrentUsers currentUsers) {
        this.transfers = transfers;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "专案组书面报告涉嫌犯罪案件", description = "本单位处罚案件；不少于2名持有效执法证的执法人员；负责人3日内决定")
    TransferView report(@Validated @RequestBody TransferCommands.Report c) {
        return transfers.report(c, currentUsers.require());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询移送案件", description = "本人数据范围内")
    Paged<TransferView> search(@ParameterObject @ModelAttribute TransferCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return transfers.search(query, currentUsers.require().scope(), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看移送案件", description = "不在本人数据范围内的返回 404")
    TransferView one(@PathVariable long id) {
        return transfers.get(id);
    }

    @GetMapping("/{id}/actions")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "可办理的步骤", description = "按状态和本人权限，来自流转表")
    List<String> actions(@PathVariable long id) {
        return transfers.actions(transfers.get(id));
    }

    @GetMapping("/pending")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "处罚案件是否有未结的移送", description = "有则该案不得仅以罚款结案（以罚代刑，310号令第十一条）")
    TransferView pending(@RequestParam long penaltyCaseId) {
        TransferView t = transfers.pendingFor(penaltyCaseId).orElse(null);
        return t == null ? null : transfers.get(t.id());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "负责人批准移送", description = "批准后24小时内移送")
    TransferView approve(@PathVariable long id, @Validated @RequestBody TransferCommands.Decide c) {
        return transfers.approve(id, c);
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('enforcement:approve')")
    @Operation(summary = "负责人不批准移送", description = "须写明理由")
    TransferView reject(@PathVariable long id, @Validated @RequestBody TransferCommands.Decide c) {
        return transfers.reject(id, c);
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "向公安机关移送", description = "附移送书、调查报告、涉案物品清单、检验报告或鉴定结论、其他材料（310号令第六条）")
    TransferView send(@PathVariable long id, @Validated @RequestBody TransferCommands.Send c) {
        return transfers.send(id, c);
    }

    @PostMapping("/{id}/receipt")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "登记公安机关回执", description = "公安机关3日内决定是否立案")
    TransferView receipt(@PathVariable long id, @Validated @RequestBody TransferCommands.Receipt c) {
        return transfers.receipt(id, c);
    }

    @PostMapping("/{id}/police-accept")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "公安机关立案")
    TransferView policeAccept(@PathVariable long id, @Validated @RequestBody TransferCommands.PoliceDecision c) {
        return transfers.policeAccept(id, c);
    }

    @PostMapping("/{id}/police-refuse")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "公安机关不予立案", description = "须写明理由；收到后3日内可提请复议")
    TransferView policeRefuse(@PathVariable long id, @Validated @RequestBody TransferCommands.PoliceDecision c) {
        return transfers.policeRefuse(id, c);
    }

    @PostMapping("/{id}/reconsider")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "提请公安机关复议", description = "收到不予立案决定3日内；逾期的不予受理")
    TransferView reconsider(@PathVariable long id, @Validated @RequestBody TransferCommands.Reconsider c) {
        return transfers.reconsider(id, c);
    }

    @PostMapping("/{id}/reconsider-accept")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "复议后立案")
    TransferView reconsiderAccept(@PathVariable long id, @Validated @RequestBody TransferCommands.PoliceDecision c) {
        return transfers.reconsiderAccept(id, c);
    }

    @PostMapping("/{id}/reconsider-uphold")
    @PreAuthorize("hasAuthority('enforcement:handle')")
    @Operation(summary = "复议维持不予立案")
    TransferView reconsiderUphold(@PathVariable long id, @Validated @RequestBody TransferCommands.PoliceDecision c) {
        return transfers.reconsiderUphold(id, c);
    }
}
