package cn.fazhi.responsibilities.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.responsibilities.DispatchQuery;
import cn.fazhi.responsibilities.DispatchSuggestion;
import cn.fazhi.responsibilities.PowerCommands;
import cn.fazhi.responsibilities.PowerIssues;
import cn.fazhi.responsibilities.PowerRow;
import cn.fazhi.responsibilities.Powers;
import cn.fazhi.responsibilities.Responsibilities;

/** The 权责清单 over REST: the same permissions, scope and rules as the pages; bad input is a Chinese problem body. */
@RestController
@Tag(name = "权责清单")
class PowerApiController {

    private final Powers powers;
    private final PowerIssues issues;
    private final Responsibilities responsibilities;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PowerApiController(Powers powers, PowerIssues issues, Responsibilities responsibilities, CurrentUsers currentUsers,
            Clock clock) {
        this.powers = powers;
        this.issues = issues;
        this.responsibilities = responsibilities;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A version with every version of its code. */
    record Detail(PowerRow power, List<PowerRow> history) {}

    /** The overlaps and gaps on a day. */
    record Issues(LocalDate on, List<PowerIssues.Overlap> overlaps, List<PowerIssues.Gap> gaps) {}

    /** How many versions an import or a publication touched. */
    record Count(int count) {}

    private static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("responsibilities.error.paging");
        }
    }

    @GetMapping("/api/v1/responsibilities")
    @PreAuthorize("hasAuthority('responsibilities:view')")
    @Operation(summary = "查询权责清单", description = "本人数据范围内各职权的最新版本；可按关键词（编码、名称、依据）、实施主体、职权类型、状态（DRAFT 未公布、PUBLISHED 已公布）筛选")
    Paged<PowerRow> search(@ParameterObject @Validated @ModelAttribute PowerCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return powers.search(query, currentUsers.require().scope(), page, size);
    }

    @GetMapping("/api/v1/responsibilities/{id:\\d+}")
    @PreAuthorize("hasAuthority('responsibilities:view')")
    @Operation(summary = "查看职权", description = "含该编码的全部版本（生效日期、公布日期）；不在数据范围内的返回 404")
    Detail one(@PathVariable long id) {
        PowerRow p = powers.get(id, currentUsers.require().scope());
        return new Detail(p, powers.history(p.code()));
    }

    @PostMapping("/api/v1/responsibilities")
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增职权", description = "编码、职权类型（配置的代码）、名称、依据（须写明法律法规名称《…》及条款）、实施主体（本人数据范围内）、"
            + "生效日期、责任事项、追责情形；新增后为未公布状态，公布后对外公开")
    PowerRow create(@RequestBody PowerCommands.Power c) {
        return powers.create(c, currentUsers.require().scope());
    }

    @PutMapping("/api/v1/responsibilities/{id:\\d+}")
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    @Operation(summary = "修改职权（新版本）", description = "只能修改该编码的最新版本，须带读取时的 version（过期返回 409）：未公布的版本直接修改；"
            + "已公布的版本生成新版本，生效日期须晚于原版本，公布后原版本于新版本生效之日失效")
    PowerRow revise(@PathVariable long id, @RequestBody PowerCommands.Power c) {
        return powers.revise(id, c, currentUsers.require().scope());
    }

    @PostMapping("/api/v1/responsibilities/publish")
    @PreAuthorize("hasAuthority('responsibilities:publish')")
    @Operation(summary = "公布权责清单", description = "公布本人数据范围内全部未公布的版本（公布日期默认今天）；没有可公布的版本返回 400")
    Count publish(@RequestBody(required = false) PowerCommands.Publish c) {
        return new Count(powers.publish(c == null ? null : c.publishedOn(), currentUsers.require().scope()));
    }

    @PostMapping(path = "/api/v1/responsibilities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('responsibilities:manage')")
    @Operation(summary = "导入权责清单（.xlsx）", description = "全部或全不：任何一行不符合要求则全部不导入，逐行说明原因（errors）；"
            + "已有编码的行生成新版本（生效日期须晚于最新版本）；导入后为未公布状态")
    Count importFile(@RequestParam(name = "file", required = false) MultipartFile file) {
        return new Count(Spreadsheets.fromUpload(file, (name, path) -> powers.importFile(name, path,
                currentUsers.require().scope())));
    }

    @GetMapping("/api/v1/responsibilities/issues")
    @PreAuthorize("hasAuthority('responsibilities:view')")
    @Operation(summary = "交叉与空白", description = "某日（默认今天）已公布并有效的清单中：同一事项由两个以上辖区重叠的单位认领（交叉），"
            + "以及政务服务事项、执法事项、12345 分类等找不到有效职权或责任单位的（空白），各附证据")
    Issues issues(@RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        var scope = currentUsers.require().scope();
        return new Issues(day, issues.overlaps(day, scope), issues.gaps(day, scope));
    }

    @GetMapping("/api/v1/responsibilities/suggestions")
    @PreAuthorize("hasAuthority('responsibilities:view')")
    @Operation(summary = "责任单位建议", description = "按分类对应的职权编码（codes）和诉求文字（text），依某日（默认今天）有效的已公布清单建议责任单位及理由")
    List<DispatchSuggestion> suggest(@RequestParam(name = "codes", required = false) List<String> codes,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(name = "limit", defaultValue = "5") int limit) {
        if (limit < 1 || limit > 50 || (text != null && text.length() > 2000)) {
            throw UserFacingException.badRequest("responsibilities.error.suggestion");
        }
        return responsibilities.suggest(new DispatchQuery(codes == null ? List.of() : codes, text,
                on == null ? LocalDate.now(clock) : on, limit));
    }

    @GetMapping("/api/v1/public/responsibilities")
    @Operation(summary = "公开的权责清单", description = "今天有效的已公布职权；可按关键词、实施主体、职权类型筛选")
    Paged<PowerRow> published(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        if (q != null && q.length() > 100) {
            throw UserFacingException.badRequest("responsibilities.error.keyword");
        }
        return powers.published(q, unitId, type, LocalDate.now(clock), page, size);
    }
}
