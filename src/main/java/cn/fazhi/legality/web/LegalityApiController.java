package cn.fazhi.legality.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.fazhi.cases.Attachment;
import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.legality.AdviserCommands;
import cn.fazhi.legality.AdviserView;
import cn.fazhi.legality.CatalogueView;
import cn.fazhi.legality.DecisionCommands;
import cn.fazhi.legality.DecisionSteps;
import cn.fazhi.legality.DecisionView;
import cn.fazhi.legality.LegalAdvisers;
import cn.fazhi.legality.LegalityReviews;
import cn.fazhi.legality.ListCommands;
import cn.fazhi.legality.ListItemView;
import cn.fazhi.legality.ListKind;
import cn.fazhi.legality.ListView;
import cn.fazhi.legality.MajorDecisions;
import cn.fazhi.legality.OpinionView;
import cn.fazhi.legality.OutcomeCounts;
import cn.fazhi.legality.PublicLists;
import cn.fazhi.legality.ReviewCommands;
import cn.fazhi.legality.ReviewQuery;
import cn.fazhi.legality.ReviewView;
import cn.fazhi.platform.scope.DataScope;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Legality review, advisers, major decisions and public lists over REST: the same permissions and scope as the pages. */
@RestController
@RequestMapping("/api/v1/legality")
@Tag(name = "legality", description = "合法性审查、政府法律顾问、重大行政决策、三项目录与证明事项清单")
class LegalityApiController {

    private final LegalityReviews reviews;
    private final LegalAdvisers advisers;
    private final MajorDecisions decisions;
    private final PublicLists lists;
    private final CurrentUsers currentUsers;
    private final OpinionDownloads opinions;
    private final MessageSource messages;

    LegalityApiController(LegalityReviews reviews, LegalAdvisers advisers, MajorDecisions decisions, PublicLists lists,
            CurrentUsers currentUsers, OpinionDownloads opinions, MessageSource messages) {
        this.reviews = reviews;
        this.advisers = advisers;
        this.decisions = decisions;
        this.lists = lists;
        this.currentUsers = currentUsers;
        this.opinions = opinions;
        this.messages = messages;
    }

    // ---- reviews --------------------------------------------------------------------------------------------------

    @PostMapping("/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legality:submit')")
    @Operation(summary = "提交合法性审查申请", description = "协议、合同、方案；相对方统一社会信用代码校验；送审稿另行上传（类型 DRAFT）")
    ReviewView submit(@org.springframework.validation.annotation.Validated @RequestBody ReviewCommands.Submit form) {
        return reviews.submit(form, null, null, currentUsers.require());
    }

    @GetMapping("/reviews")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "查询审查申请", description = "单位只见本单位申请，司法局见全部")
    List<ReviewView> search(@ParameterObject @ModelAttribute ReviewQuery query) {
        return reviews.search(query, scope());
    }

    @GetMapping("/reviews/outcomes")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "审查结论统计", description = "某年出具意见书的件数，按通过、修改后通过、不通过")
    OutcomeCounts outcomes(@RequestParam int year) {
        return reviews.outcomes(year, scope());
    }

    @GetMapping("/reviews/{id}")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "查看审查申请", description = "不在本人数据范围内的申请返回 404")
    ReviewView one(@PathVariable long id) {
        return reviews.get(id);
    }

    @GetMapping("/reviews/{id}/actions")
    @PreAuthorize("hasAuthority('legality:view')")
    @io.swagger.v3.oas.annotations.Operation(summary = "可办理的步骤", description = "按状态和本人权限，来自流转表（与页面一致）")
    List<String> actions(@PathVariable long id) {
        return reviews.actions(reviews.get(id), currentUsers);
    }

    @PostMapping(path = "/reviews/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legality:submit') or hasAuthority('legality:review')")
    @Operation(summary = "上传送审稿或其他材料", description = "kind=DRAFT 为送审稿；未上传送审稿不能分派")
    Attachment attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "kind", defaultValue = "DRAFT") String kind) throws IOException {
        return reviews.attach(id, file.getOriginalFilename(), file.getInputStream(), kind);
    }

    @PostMapping("/reviews/{id}/assign")
    @PreAuthorize("hasAuthority('legality:review')")
    @Operation(summary = "分派审查", description = "司法局自审或交政府法律顾问（须在聘期内）")
    ReviewView assign(@PathVariable long id, @org.springframework.validation.annotation.Validated @RequestBody ReviewCommands.Assign c) {
        return reviews.assign(id, c);
    }

    @PostMapping("/reviews/{id}/conclude")
    @PreAuthorize("hasAuthority('legality:review')")
    @Operation(summary = "出具法律审查意见书", description = "结论：通过、修改后通过、不通过")
    ReviewView conclude(@PathVariable long id, @org.springframework.validation.annotation.Validated @RequestBody ReviewCommands.Conclude c) {
        return reviews.conclude(id, c);
    }

    @PostMapping("/reviews/{id}/withdraw")
    @PreAuthorize("hasAuthority('legality:submit') or hasAuthority('legality:review')")
    @Operation(summary = "撤回审查申请")
    ReviewView withdraw(@PathVariable long id, @org.springframework.validation.annotation.Validated @RequestBody ReviewCommands.Withdraw c) {
        return reviews.withdraw(id, c);
    }

    @GetMapping("/reviews/{id}/opinion/{format}")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "下载法律审查意见书", description = "format 为 pdf 或 docx，按 GB/T 9704 排版")
    ResponseEntity<byte[]> opinion(@PathVariable long id, @PathVariable String format) {
        return opinions.download(id, format, scope());
    }

    // ---- advisers -------------------------------------------------------------------------------------------------

    @GetMapping("/advisers")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "政府法律顾问名单", description = "个人与律师事务所及聘期")
    List<AdviserView> advisers() {
        return advisers.all();
    }

    @PostMapping("/advisers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "聘任法律顾问", description = "律师事务所须填统一社会信用代码")
    AdviserView engage(@RequestBody AdviserCommands.Engage c) {
        return advisers.engage(c);
    }

    @GetMapping("/opinions")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "某年的法律意见书")
    List<OpinionView> opinions(@RequestParam int year) {
        return advisers.opinions(year);
    }

    @GetMapping("/opinions/per-year")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "法律意见书逐年件数")
    Map<Integer, Long> opinionsPerYear() {
        return advisers.countsPerYear();
    }

    @PostMapping("/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "登记法律意见书", description = "出具日须在顾问聘期内；可关联审查申请")
    OpinionView recordOpinion(@RequestBody AdviserCommands.Opinion c) {
        return advisers.record(c, currentUsers.require());
    }

    // ---- decisions ------------------------------------------------------------------------------------------------

    @GetMapping("/decision-catalogues")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "重大行政决策事项目录（逐年）")
    List<CatalogueView> catalogues() {
        return decisions.catalogues();
    }

    @PostMapping("/decision-catalogues")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "新建年度决策事项目录")
    CatalogueView openCatalogue(@RequestBody DecisionCommands.Catalogue c) {
        return decisions.openCatalogue(c);
    }

    @PostMapping("/decision-catalogues/{year}/publish")
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "公布决策事项目录", description = "《重大行政决策程序暂行条例》第三条")
    CatalogueView publishCatalogue(@PathVariable int year) {
        return decisions.publishCatalogue(year);
    }

    @GetMapping("/decisions")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "某年的重大行政决策", description = "flagged=true 只列出跳过法定程序的决策")
    List<DecisionView> decisions(@RequestParam int year, @RequestParam(defaultValue = "false") boolean flagged) {
        return decisions.ofYear(year, flagged, scope());
    }

    @PostMapping("/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "将决策事项列入目录", description = "承办单位须在本人数据范围内")
    DecisionView addDecision(@RequestBody DecisionCommands.Matter m) {
        return decisions.add(m, scope());
    }

    @GetMapping("/decisions/{id}")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "查看决策及其五个程序环节", description = "flags 列出跳过的环节及所违反的条款")
    DecisionView decision(@PathVariable long id) {
        return decisions.find(id, scope()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    @PostMapping("/decisions/{id}/steps")
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "记录程序环节", description = "公众参与（征求意见不少于30日）、专家论证、风险评估、合法性审查、集体讨论决定")
    DecisionView steps(@PathVariable long id, @RequestBody DecisionSteps steps,
            @RequestParam(required = false) Integer version) {
        return decisions.recordSteps(id, steps, version, scope());
    }

    // ---- lists ----------------------------------------------------------------------------------------------------

    @GetMapping("/lists")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "三项目录与证明事项清单", description = "版本、公布日期、事项数")
    List<ListView> lists() {
        return lists.lists();
    }

    @GetMapping("/lists/{kind}/items")
    @PreAuthorize("hasAuthority('legality:view')")
    @Operation(summary = "清单事项", description = "kind：certificate；service、licence、intermediary 已由政务服务事项生成，"
            + "重定向至 /api/v1/services/catalogues/{kind}")
    org.springframework.http.ResponseEntity<List<ListItemView>> items(@PathVariable String kind) {
        if (ListKind.movedToServices(kind)) {
            return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.MOVED_PERMANENTLY)
                    .location(java.net.URI.create("/api/v1/services/catalogues/" + kind)).build();
        }
        return org.springframework.http.ResponseEntity.ok(lists.items(ListKind.ofSlug(kind)));
    }

    @PostMapping("/lists/{kind}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "新增清单事项")
    ListItemView addItem(@PathVariable String kind, @RequestBody ListCommands.Item c) {
        return lists.add(ListKind.ofSlug(kind), c, currentUsers.require());
    }

    @DeleteMapping("/lists/{kind}/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "删除清单事项")
    void removeItem(@PathVariable String kind, @PathVariable long id) {
        lists.remove(ListKind.ofSlug(kind), id);
    }

    @PostMapping(path = "/lists/{kind}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "从 .xlsx 导入清单事项", description = "全部成功或全部不导入；错误逐行列出")
    Map<String, Integer> importItems(@PathVariable String kind, @RequestParam("file") MultipartFile file) {
        return Map.of("imported", ListsPageController.importUpload(lists, ListKind.ofSlug(kind), file, currentUsers));
    }

    @PostMapping("/lists/{kind}/publish")
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "在门户网站公布清单")
    ListView publish(@PathVariable String kind, @RequestBody ListCommands.Publish c) {
        return lists.publish(ListKind.ofSlug(kind), c);
    }

    @PostMapping("/lists/{kind}/withdraw")
    @PreAuthorize("hasAuthority('legality:manage')")
    @Operation(summary = "撤下已公布的清单")
    ListView withdrawList(@PathVariable String kind) {
        return lists.withdraw(ListKind.ofSlug(kind));
    }

    private DataScope scope() {
        return currentUsers.require().scope();
    }
}
