package cn.fazhi.hotline.web;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseTimeline;
import cn.fazhi.cases.TimelineEntry;
import cn.fazhi.hotline.Categories;
import cn.fazhi.hotline.CategoryCommand;
import cn.fazhi.hotline.CategoryView;
import cn.fazhi.hotline.DispatchView;
import cn.fazhi.hotline.HotlinePermissions;
import cn.fazhi.hotline.HotlineSuggestion;
import cn.fazhi.hotline.TicketCommands;
import cn.fazhi.hotline.TicketView;
import cn.fazhi.hotline.Tickets;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 12345 tickets and categories over REST: the same permissions, scope and rules as the pages. */
@RestController
@RequestMapping("/api/v1/hotline")
@Tag(name = "12345热线")
@PreAuthorize("hasAuthority('hotline:view')")
class TicketApiController {

    private final Tickets tickets;
    private final Categories categories;
    private final CurrentUsers currentUsers;
    private final CaseTimeline timeline;
    private final CaseLinks links;

    TicketApiController(Tickets tickets, Categories categories, CurrentUsers currentUsers, CaseTimeline timeline,
            CaseLinks links) {
        this.tickets = tickets;
        this.categories = categories;
        this.currentUsers = currentUsers;
        this.timeline = timeline;
        this.links = links;
    }

    /** A ticket with its dispatches, the suggested units (for the centre), timeline, links and the steps allowed now. */
    record Detail(TicketView ticket, List<DispatchView> dispatches, List<HotlineSuggestion> suggestions,
            List<TimelineEntry> timeline, List<CaseLinks.Linked> links, List<String> actions) {}

    @GetMapping("/tickets")
    @Operation(summary = "查询工单", description = "本人数据范围内；可按状态、分类、承办单位、渠道、督办（逾期或被退回）、受理年度筛选")
    Paged<TicketView> search(@ParameterObject @Validated @ModelAttribute TicketCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("hotline.error.paging");
        }
        return tickets.search(query, currentUsers.require().scope(), page, size);
    }

    @PostMapping("/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('hotline:dispatch')")
    @Operation(summary = "受理工单", description = "12345 中心受理：渠道 PHONE/WEB/APP/TRANSFERRED、分类（末级）、来电人（姓名、电话加密保存并脱敏，可要求保密）、标题、内容、地址、受理日期")
    TicketView intake(@Validated @RequestBody TicketCommands.Intake c) {
        return tickets.intake(c);
    }

    @GetMapping("/tickets/{id}")
    @Operation(summary = "查看工单", description = "含派单记录、建议承办单位及理由（12345 中心）、时间线、关联记录和可办理的步骤；不在数据范围内的返回 404")
    Detail one(@PathVariable long id) {
        TicketView v = tickets.get(id);
        boolean centre = currentUsers.can(HotlinePermissions.DISPATCH);
        return new Detail(v, tickets.dispatches(id), centre ? tickets.suggestions(id) : List.of(),
                timeline.of(Tickets.ref(id)), links.of(Tickets.ref(id)), tickets.actions(v));
    }

    @GetMapping("/tickets/{id}/suggestions")
    @PreAuthorize("hasAuthority('hotline:dispatch')")
    @Operation(summary = "建议承办单位", description = "依据权责清单（分类对应的职权、工单文字匹配的职权）、分类默认单位和近一年该类工单的承办情况，每条附理由和退回率")
    List<HotlineSuggestion> suggestions(@PathVariable long id) {
        return tickets.suggestions(id);
    }

    @PostMapping("/tickets/{id}/steps/{step}")
    @Operation(summary = "办理工单步骤", description = "dispatch 派单（unitId；不采纳首条建议须填 reason；ruling 争议裁定后派单）、answer 直接答复、"
            + "sign 签收、return 退回（reason）、reply 答复、visit 回访（satisfaction、text）、close 未回访办结（reason）。须带读取时的 version")
    TicketView step(@PathVariable long id, @PathVariable String step,
            @Validated @RequestBody(required = false) TicketCommands.Step c) {
        return tickets.step(id, step, c);
    }

    @GetMapping("/categories")
    @Operation(summary = "工单分类", description = "分类树：紧急程度、签收和办理时限（工作日）、对应权责清单职权、默认承办单位、是否执法投诉")
    List<CategoryView> categories() {
        return categories.all();
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('hotline:manage')")
    @Operation(summary = "新增工单分类")
    CategoryView createCategory(@Validated @RequestBody CategoryCommand c) {
        return categories.create(c);
    }

    @PutMapping("/categories/{id}")
    @PreAuthorize("hasAuthority('hotline:manage')")
    @Operation(summary = "修改工单分类", description = "须带读取时的 version")
    CategoryView updateCategory(@PathVariable long id, @Validated @RequestBody CategoryCommand c) {
        return categories.update(id, c);
    }
}
