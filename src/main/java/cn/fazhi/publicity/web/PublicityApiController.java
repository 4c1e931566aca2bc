package cn.fazhi.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.publicity.Activities;
import cn.fazhi.publicity.DutyFulfilments;
import cn.fazhi.publicity.DutyListStatus;
import cn.fazhi.publicity.PublicityDutyLists;
import cn.fazhi.publicity.Reviews;
import cn.fazhi.publicity.Schools;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 普法 and 法治副校长 over REST, with the pages' permissions, scope and rules. */
@RestController
@RequestMapping("/api/v1/publicity")
@Tag(name = "普法与法治副校长")
@PreAuthorize("hasAuthority('publicity:view')")
class PublicityApiController {

    private final PublicityDutyLists lists;
    private final Activities activities;
    private final Reviews reviews;
    private final Schools schools;
    private final DutyFulfilments fulfilments;
    private final CurrentUsers users;
    private final Clock clock;

    PublicityApiController(PublicityDutyLists lists, Activities activities, Reviews reviews, Schools schools,
            DutyFulfilments fulfilments, CurrentUsers users, Clock clock) {
        this.lists = lists;
        this.activities = activities;
        this.reviews = reviews;
        this.schools = schools;
        this.fulfilments = fulfilments;
        this.users = users;
        this.clock = clock;
    }

    record ListDetail(PublicityDutyLists.View list, List<PublicityDutyLists.Item> items) {}

    record Created(long id) {}

    record NewList(Integer year) {}

    private static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("publicity.error.paging");
        }
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    @GetMapping("/duty-lists")
    @Operation(summary = "查询普法责任清单", description = "本单位（区级用户：全部）；可按单位名称、年度、状态筛选")
    Paged<PublicityDutyLists.View> publicityDutyLists(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "status", required = false) DutyListStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return lists.search(q, year, status, page, size);
    }

    @GetMapping("/duty-lists/{id}")
    @Operation(summary = "普法责任清单详情", description = "清单及其事项")
    ListDetail dutyList(@PathVariable long id) {
        return new ListDetail(lists.get(id), lists.items(id));
    }

    @PostMapping("/duty-lists")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('publicity:submit')")
    @Operation(summary = "新建本单位普法责任清单", description = "每单位每年一份，草稿状态")
    Created newList(@RequestBody NewList body) {
        return new Created(lists.create(body.year()));
    }

    @PostMapping("/duty-lists/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('publicity:submit')")
    @Operation(summary = "增加清单事项", description = "仅本单位草稿；普法内容、对象、形式、时间、计划次数（1–1000）均必填")
    Created addItem(@PathVariable long id, @RequestBody PublicityDutyLists.ItemForm body) {
        return new Created(lists.addItem(id, body));
    }

    @PostMapping("/duty-lists/{id}/submit")
    @PreAuthorize("hasAuthority('publicity:submit')")
    @Operation(summary = "报送普法责任清单", description = "仅本单位草稿，且至少一项")
    PublicityDutyLists.View submit(@PathVariable long id) {
        lists.submit(id);
        return lists.get(id);
    }

    @PostMapping("/duty-lists/{id}/publish")
    @PreAuthorize("hasAuthority('publicity:manage')")
    @Operation(summary = "公布普法责任清单", description = "已报送的清单；公布后在门户公开")
    PublicityDutyLists.View publish(@PathVariable long id) {
        lists.publish(id);
        return lists.get(id);
    }

    @PostMapping("/duty-lists/{id}/return")
    @PreAuthorize("hasAuthority('publicity:manage')")
    @Operation(summary = "退回普法责任清单", description = "已报送的清单退回单位修改")
    PublicityDutyLists.View returnToUnit(@PathVariable long id) {
        lists.returnToUnit(id);
        return lists.get(id);
    }

    @GetMapping("/activity-kinds")
    @Operation(summary = "普法活动类型及重要节点日期")
    List<Activities.Kind> kinds() {
        return activities.kinds();
    }

    @GetMapping("/activities")
    @Operation(summary = "查询普法活动", description = "本单位组织或参与的（区级：全部）；按举办日期")
    Paged<Activities.View> activities(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return activities.search(q, year, kind, page, size);
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('publicity:submit')")
    @Operation(summary = "登记普法活动", description = "本单位牵头；日期不晚于今天，类型、主题、地点、参与人次、发放资料数必填")
    Created recordActivity(@RequestBody Activities.ActivityForm body) {
        return new Created(activities.record(body));
    }

    @GetMapping("/fulfilment")
    @Operation(summary = "普法责任制落实情况", description = "名单内各单位计划与开展次数、完成率及排名；低于标准的单位列明")
    Map<String, Object> fulfilment(@RequestParam(name = "year", required = false) Integer year) {
        int y = year(year);
        return Map.of("year", y, "minimumActivities", fulfilments.policy().minimum(), "threshold",
                fulfilments.policy().threshold(), "units", fulfilments.of(y, users.scope()));
    }

    @GetMapping("/reports")
    @Operation(summary = "查询普法履职报告", description = "按述职日期；含专家评议次数和平均分")
    Paged<Reviews.Report> reports(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return reviews.reports(q, year, page, size);
    }

    @GetMapping("/reports/{id}/evaluations")
    @Operation(summary = "报告的专家评议")
    List<Reviews.Evaluation> evaluations(@PathVariable long id) {
        return reviews.evaluations(id);
    }

    @PostMapping("/reports/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('publicity:manage')")
    @Operation(summary = "登记专家评议", description = "评分 0–100，每位专家对每份报告一次")
    Created evaluate(@PathVariable long id, @RequestBody Reviews.EvaluationForm body) {
        return new Created(reviews.evaluate(id, body));
    }

    @GetMapping("/experts")
    @Operation(summary = "评议专家", description = "人大代表、党代表、政协委员、专家、律师等")
    List<Reviews.Expert> experts() {
        return reviews.experts();
    }

    @GetMapping("/head-talks")
    @Operation(summary = "查询“一把手谈法治”")
    Paged<Reviews.HeadTalk> headTalks(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return reviews.headTalks(q, year, page, size);
    }

    @PostMapping("/head-talks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('publicity:submit', 'publicity:manage')")
    @Operation(summary = "登记“一把手谈法治”", description = "本单位主要负责人；职务、姓名、日期（不晚于今天）、主题、播出平台必填")
    Created recordTalk(@RequestBody Reviews.TalkForm body) {
        return new Created(reviews.recordTalk(body));
    }

    @PostMapping("/school-visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('publicity:submit', 'publicity:manage')")
    @Operation(summary = "登记送法进校园", description = "学校、日期、主题、辐射人次；法治副校长须在该校任职")
    Created recordVisit(@RequestBody Schools.VisitForm body) {
        return new Created(schools.recordVisit(body));
    }

    @PostMapping("/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('publicity:manage')")
    @Operation(summary = "登记法治副校长授课", description = "课时 1–20；须为其任职学校（教育部令第52号：每年不少于4课时）")
    Created recordLesson(@RequestBody Schools.LessonForm body) {
        return new Created(schools.recordLesson(body));
    }

    @GetMapping("/schools")
    @Operation(summary = "查询学校", description = "含年度内在任法治副校长人数；withoutOnly=true 仅列未配备的学校")
    Paged<Schools.School> schools(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "withoutOnly", defaultValue = "false") boolean withoutOnly,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return schools.schools(q, year(year), withoutOnly, page, size);
    }

    @GetMapping("/vice-principals")
    @Operation(summary = "查询法治副校长", description = "年度内在任；shortOnly=true 仅列年度课时不足4课时的")
    Paged<Schools.VicePrincipal> vicePrincipals(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "shortOnly", defaultValue = "false") boolean shortOnly,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return schools.vicePrincipals(q, year(year), shortOnly, page, size);
    }

    @PostMapping("/vice-principals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('publicity:manage')")
    @Operation(summary = "聘任法治副校长", description = "教育部令第52号：每人至多2所学校；退休人员不超过65周岁且只聘一届；聘期按设置")
    Created appoint(@RequestBody Schools.AppointForm body) {
        return new Created(schools.appoint(body));
    }

    @GetMapping("/villages")
    @Operation(summary = "民主法治示范村（社区）", description = "含最近一次复核")
    Paged<Reviews.Village> villages(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return reviews.villages(q, level, page, size);
    }
}
