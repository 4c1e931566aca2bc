package cn.fazhi.oneform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.oneform.AttributeView;
import cn.fazhi.oneform.ChangeCommand;
import cn.fazhi.oneform.ChangeRequests;
import cn.fazhi.oneform.ChangeStatus;
import cn.fazhi.oneform.ChangeView;
import cn.fazhi.oneform.FormCommand;
import cn.fazhi.oneform.FormFiles;
import cn.fazhi.oneform.FormOutput;
import cn.fazhi.oneform.FormView;
import cn.fazhi.oneform.Forms;
import cn.fazhi.oneform.HistoryEntry;
import cn.fazhi.oneform.PersonView;
import cn.fazhi.oneform.Register;
import cn.fazhi.oneform.RegisterScope;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The one-form register over REST: the same permissions, scope and masking as the pages. */
@RestController
@RequestMapping("/api/v1/oneform")
@Tag(name = "基层减负一套表")
@PreAuthorize("hasAuthority('oneform:view')")
class OneformApiController {

    private final Register register;
    private final Forms forms;
    private final FormFiles files;
    private final ChangeRequests changes;
    private final CurrentUsers currentUsers;

    OneformApiController(Register register, Forms forms, FormFiles files, ChangeRequests changes,
            CurrentUsers currentUsers) {
        this.register = register;
        this.forms = forms;
        this.files = files;
        this.changes = changes;
        this.currentUsers = currentUsers;
    }

    record PersonDetail(PersonView person, List<AttributeView> attributes, List<HistoryEntry> history) {}

    @GetMapping("/persons")
    @Operation(summary = "查询名册人员", description = "本人数据范围内（村（社区）工作人员仅本村）；q 为完整身份证号（盲索引精确查找）或姓名开头；身份证号、电话脱敏")
    Paged<PersonView> persons(@RequestParam(required = false) String q, @RequestParam(required = false) String village,
            @RequestParam(required = false) String attribute, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (size > 500) {
            throw cn.fazhi.platform.web.UserFacingException.badRequest("oneform.error.paging");
        }
        return register.search(new Register.Query(q, village, attribute, null), scope(), page, size);
    }

    @GetMapping("/persons/{id}")
    @Operation(summary = "查看人员", description = "含属性（来源、日期）和变更历史；不在数据范围内的返回 404")
    PersonDetail person(@PathVariable long id) {
        return new PersonDetail(register.get(id, scope()), register.attributes(id), register.history(id));
    }

    @PostMapping("/persons/{id}/reveal")
    @PreAuthorize("hasAuthority('oneform:reveal')")
    @Operation(summary = "查看完整身份证号", description = "须有 oneform:reveal 权限，每次查看记入审计日志")
    Map<String, String> reveal(@PathVariable long id) {
        return Map.of("idNumber", register.revealId(id, currentUsers.require()));
    }

    @GetMapping("/forms")
    @Operation(summary = "报表列表", description = "区级定义的报表和本乡镇定义的报表")
    List<FormView> forms() {
        return forms.list(currentUsers.require());
    }

    @PostMapping("/forms")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('oneform:manage')")
    @Operation(summary = "定义报表", description = "字段（名册列与属性 ATTR_<代码>）、筛选（属性、年龄、性别）、分组（TOWNSHIP/VILLAGE/NONE）、仅汇总")
    FormView define(@Validated @RequestBody FormCommand c) {
        return forms.define(c, currentUsers.require());
    }

    @GetMapping("/forms/{id}/output")
    @Operation(summary = "生成报表数据", description = "按本人数据范围即时生成：各组行、小计和合计")
    FormOutput output(@PathVariable long id) {
        return forms.produce(id, currentUsers.require(), LocaleContextHolder.getLocale());
    }

    @GetMapping("/forms/{id}/file")
    @Operation(summary = "下载报表", description = "format=xlsx 或 pdf（PDF 嵌入中文字体；行数过多时只提供 xlsx）")
    ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format)
            throws IOException {
        return FormPageController.download(forms, files, currentUsers.require(), id, format);
    }

    @GetMapping("/changes")
    @Operation(summary = "变更申请列表", description = "本人数据范围内；可按状态 PENDING/APPROVED/REJECTED 筛选")
    Paged<ChangeView> changes(@RequestParam(required = false) ChangeStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return changes.search(status, scope(), page, size);
    }

    @PostMapping("/changes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('oneform:request')")
    @Operation(summary = "提出变更申请", description = "村（社区）工作人员：新增人员、设置或取消属性、户迁组、死亡、注销，须填理由，可附依据")
    ChangeView file(@Validated @RequestBody ChangeCommand c) {
        return changes.file(c, currentUsers.require());
    }

    record Assignment(long userId, String village) {}

    @PostMapping("/clerks")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('oneform:manage')")
    @Operation(summary = "指定村（社区）工作人员负责的村", description = "乡镇（街道）为村（社区）工作人员指定其负责的村（社区）（本乡镇范围内），记入审计日志；该工作人员只看到所负责村的名册")
    void assign(@RequestBody Assignment a) {
        register.assignClerk(a.userId(), a.village(), currentUsers.require());
    }

    record Review(boolean approve, String note, int version) {}

    @PostMapping("/changes/{id}/review")
    @PreAuthorize("hasAuthority('oneform:review')")
    @Operation(summary = "审核变更申请", description = "乡镇（街道）审核：approve=true 通过并写入名册；驳回须填 note。须带读取时的 version")
    ChangeView review(@PathVariable long id, @RequestBody Review r) {
        return changes.review(id, r.approve(), r.note(), r.version(), currentUsers.require());
    }

    private RegisterScope scope() {
        CurrentUser user = currentUsers.require();
        return RegisterScope.of(user);
    }
}
