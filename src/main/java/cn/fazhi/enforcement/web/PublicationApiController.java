package cn.fazhi.enforcement.web;

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

import cn.fazhi.enforcement.PublicationCommands;
import cn.fazhi.enforcement.PublicationView;
import cn.fazhi.enforcement.Publications;
import cn.fazhi.identity.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 事后公开 over REST for staff: the same permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/enforcement/publications")
@Tag(name = "enforcement-publicity", description = "行政执法事后公开、行政检查、两法衔接")
class PublicationApiController {

    private final Publications publications;
    private final CurrentUsers currentUsers;

    PublicationApiController(Publications publications, CurrentUsers currentUsers) {
        this.publications = publications;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查询执法决定公示记录", description = "本人数据范围内；overdue=true 只看逾期未公示或逾期未撤回的；逾期的排在前面")
    Paged<PublicationView> search(@ParameterObject @ModelAttribute PublicationCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return publications.search(query, currentUsers.require().scope(), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enforcement:view')")
    @Operation(summary = "查看一条公示记录", description = "不在本人数据范围内的返回 404")
    PublicationView one(@PathVariable long id) {
        return publications.get(id);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('enforcement:handle') or hasAuthority('enforcement:manage')")
    @Operation(summary = "公示", description = "待公示的记录在门户网站公开；须带读取时的 version")
    PublicationView publish(@PathVariable long id, @Validated @RequestBody PublicationCommands.Publish c) {
        return publications.publish(id, c);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('enforcement:handle') or hasAuthority('enforcement:manage')")
    @Operation(summary = "撤下公示", description = "须填写理由；决定被变更、撤销、确认违法或无效的应在3个工作日内撤下（行政处罚法第四十八条）")
    PublicationView withdraw(@PathVariable long id, @Validated @RequestBody PublicationCommands.Withdraw c) {
        return publications.withdraw(id, c);
    }
}
