package cn.fazhi.errands.web;

import java.io.IOException;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.errands.Agents;
import cn.fazhi.errands.Authorisations;
import cn.fazhi.errands.Beneficiaries;
import cn.fazhi.errands.Commands;
import cn.fazhi.errands.Errands;
import cn.fazhi.errands.Views;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 香城代办 over REST: agents, beneficiaries, authorisations and errands, with the pages' permissions, scope and rules. */
@RestController
@RequestMapping("/api/v1/errands")
@Tag(name = "香城代办")
@PreAuthorize("hasAuthority('errands:view')")
class ErrandApiController {

    private final Agents agents;
    private final Beneficiaries beneficiaries;
    private final Authorisations authorisations;
    private final Errands errands;
    private final CaseTimeline timeline;
    private final CaseLinks links;

    ErrandApiController(Agents agents, Beneficiaries beneficiaries, Authorisations authorisations, Errands errands,
            CaseTimeline timeline, CaseLinks links) {
        this.agents = agents;
        this.beneficiaries = beneficiaries;
        this.authorisations = authorisations;
        this.errands = errands;
        this.timeline = timeline;
        this.links = links;
    }

    record AgentDetail(Views.Agent agent, List<Views.Training> trainings) {}

    record BeneficiaryDetail(Views.Beneficiary beneficiary, List<Views.Authorisation> authorisations) {}

    record ErrandDetail(Views.Errand errand, List<TimelineEntry> timeline, List<CaseLinks.Linked> links,
            List<String> actions) {}

    private static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("errands.error.paging");
        }
    }

    @GetMapping("/agents")
    @Operation(summary = "查询代办员", description = "本人数据范围内（代办员仅本人）；可按姓名或村（社区）、乡镇、状态筛选；证件号码和电话脱敏")
    Paged<Views.Agent> agents(@ParameterObject @ModelAttribute Commands.Query q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return agents.search(q, page, size);
    }

    @PostMapping("/agents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('errands:manage')")
    @Operation(summary = "登记代办员", description = "姓名、公民身份号码、手机号（加密保存、脱敏显示）、乡镇、村（社区）、关联账号（角色香城代办员，可空）")
    Views.Agent createAgent(@RequestBody(required = false) Commands.NewAgent c) {
        return agents.create(c);
    }

    @PostMapping(path = "/agents/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('errands:manage')")
    @Operation(summary = "导入代办员（.xlsx）", description = "全部成功才保存；任一行有误则不保存并逐行指出错误")
    java.util.Map<String, Integer> importAgents(@RequestPart(name = "file", required = false) MultipartFile file) {
        return java.util.Map.of("imported", Spreadsheets.fromUpload(file, agents::importSheet));
    }

    @GetMapping("/agents/{id}")
    @Operation(summary = "查看代办员", description = "含培训记录；不在数据范围内的返回 404")
    AgentDetail agent(@PathVariable long id) {
        return new AgentDetail(agents.get(id), agents.trainings(id));
    }

    @PostMapping("/agents/{id}/trainings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('errands:manage')")
    @Operation(summary = "记录培训", description = "培训日期、主题")
    Views.Training training(@PathVariable long id, @RequestBody(required = false) Commands.NewTraining c) {
        return agents.addTraining(id, c);
    }

    @PostMapping("/agents/{id}/status")
    @PreAuthorize("hasAuthority('errands:manage')")
    @Operation(summary = "变更代办员状态", description = "ACTIVE、SUSPENDED、LEFT（离岗日期）；须带读取时的 version")
    Views.Agent status(@PathVariable long id, @RequestBody(required = false) Commands.AgentStatusChange c) {
        return agents.changeStatus(id, c);
    }

    @PostMapping("/agents/{id}/reveal")
    @PreAuthorize("hasAuthority('errands:reveal')")
    @Operation(summary = "查看代办员完整证件号码和电话", description = "须有查看完整信息权限，每次查看记入审计")
    Views.Revealed revealAgent(@PathVariable long id) {
        return agents.reveal(id);
    }

    @GetMapping("/beneficiaries")
    @Operation(summary = "查询服务对象", description = "本人数据范围内（代办员仅授权本人的服务对象）；可按姓名或村（社区）、乡镇、原因筛选（status 参数为原因代码）")
    Paged<Views.Beneficiary> beneficiaries(@ParameterObject @ModelAttribute Commands.Query q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return beneficiaries.search(q, page, size);
    }

    @PostMapping("/beneficiaries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('errands:manage')")
    @Operation(summary = "登记服务对象", description = "姓名、公民身份号码、电话、乡镇、村（社区）、服务原因（设置清单，其他须说明）、家属联系人")
    Views.Beneficiary createBeneficiary(@RequestBody(required = false) Commands.NewBeneficiary c) {
        return beneficiaries.create(c);
    }

    @GetMapping("/beneficiaries/{id}")
    @Operation(summary = "查看服务对象", description = "含授权记录；不在数据范围内的返回 404")
    BeneficiaryDetail beneficiary(@PathVariable long id) {
        return new BeneficiaryDetail(beneficiaries.get(id), authorisations.ofBeneficiary(id));
    }

    @PostMapping("/beneficiaries/{id}/reveal")
    @PreAuthorize("hasAuthority('errands:reveal')")
    @Operation(summary = "查看服务对象完整证件号码和电话", description = "须有查看完整信息权限，每次查看记入审计")
    Views.Revealed revealBeneficiary(@PathVariable long id) {
        return beneficiaries.reveal(id);
    }

    @PostMapping(path = "/beneficiaries/{id}/authorisations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('errands:manage')")
    @Operation(summary = "登记授权", description = "agentId、scopes（PURCHASE、PAY_PHONE、PAY_WATER、PAY_POWER、PAY_GAS、SERVICE）、"
            + "itemCodes（限定代办事项编码，可空）、validFrom、validTo，以及签字的授权书文件 consent（加密保存）")
    Views.Authorisation grant(@PathVariable long id, @ModelAttribute Commands.NewAuthorisation c,
            @RequestPart(name = "consent", required = false) MultipartFile consent) throws IOException {
        if (consent == null || consent.isEmpty()) {
            throw UserFacingException.badRequest("errands.error.consentRequired");
        }
        return authorisations.grant(id, c, consent.getOriginalFilename(), consent.getInputStream());
    }

    @GetMapping("/authorisations/{id}")
    @Operation(summary = "查看授权")
    Views.Authorisation authorisation(@PathVariable long id) {
        return authorisations.get(id);
    }

    @PostMapping("/authorisations/{id}/revoke")
    @PreAuthorize("hasAuthority('errands:manage')")
    @Operation(summary = "撤销授权", description = "当日起生效，须填写原因")
    Views.Authorisation revoke(@PathVariable long id, @RequestBody(required = false) Commands.Revoke c) {
        return authorisations.revoke(id, c);
    }

    @GetMapping("/errands")
    @Operation(summary = "查询代办事项", description = "本人数据范围内（代办员仅本人的）；可按状态、类型、乡镇、年度、关键词筛选")
    Paged<Views.Errand> errands(@ParameterObject @ModelAttribute Commands.Query q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return errands.search(q, page, size);
    }

    @PostMapping("/errands")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记代办事项", description = "服务对象电话提出：kind PURCHASE（goods）、PAYMENT（utility、accountNo）、SERVICE（itemCode）；"
            + "代办员登记即指派给本人；须在授权范围和期限内。返回一次性的确认码和密码（交服务对象）")
    Views.Recorded create(@RequestBody(required = false) Commands.NewErrand c) {
        return errands.create(c);
    }

    @GetMapping("/errands/{id}")
    @Operation(summary = "查看代办事项", description = "含时间线、关联记录（代办的政务服务申请）和可办理的步骤")
    ErrandDetail errand(@PathVariable long id) {
        Views.Errand v = errands.get(id);
        return new ErrandDetail(v, timeline.of(Errands.ref(id)), links.of(Errands.ref(id)), errands.actions(v));
    }

    @PostMapping("/errands/{id}/steps/{step}")
    @Operation(summary = "办理代办事项步骤", description = "assign 指派/改派（agentId）、complete 完成（amount 金额，仅记录不收付；text 说明）、"
            + "confirm 确认（satisfaction 1–5、text）、dispute 异议（text）、resolve 处理异议（text）、cancel 取消（text）。须带读取时的 version")
    Views.Errand step(@PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) Commands.Step c) {
        return errands.step(id, step, c);
    }
}
