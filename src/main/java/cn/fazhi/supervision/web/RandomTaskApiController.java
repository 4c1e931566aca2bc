package cn.fazhi.supervision.web;

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

import cn.fazhi.identity.CurrentUsers;
import cn.fazhi.supervision.Draws;
import cn.fazhi.supervision.MergeProposals;
import cn.fazhi.supervision.RandomTaskCommands;
import cn.fazhi.supervision.RandomTaskView;
import cn.fazhi.supervision.RandomTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.fazhi.platform.web.Paged;

/** 双随机 tasks over REST: the same permissions, scope and rules as the pages (another unit's task: 404). */
@RestController
@RequestMapping("/api/v1/supervision/random-inspections")
@Tag(name = "supervision-random")
class RandomTaskApiController {

    private final RandomTasks tasks;
    private final MergeProposals merges;
    private final Draws draws;
    private final CurrentUsers currentUsers;

    RandomTaskApiController(RandomTasks tasks, MergeProposals merges, Draws draws, CurrentUsers currentUsers) {
        this.tasks = tasks;
        this.merges = merges;
        this.draws = draws;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "制定抽查任务", description = "本单位牵头；事项须为已公布的抽查事项，含其他部门事项的为联合抽查")
    RandomTaskView create(@Validated @RequestBody RandomTaskCommands.Create c) {
        return tasks.create(c, currentUsers.require());
    }

    @GetMapping("/tasks")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "查询抽查任务", description = "本人数据范围内")
    Paged<RandomTaskView> search(@ParameterObject @ModelAttribute RandomTaskCommands.Query query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return tasks.search(query, currentUsers.require().scope(), page, size);
    }

    @GetMapping("/tasks/{id}")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "查看抽查任务", description = "不在本人数据范围内的返回 404")
    RandomTaskView one(@PathVariable long id) {
        return tasks.get(id);
    }

    @GetMapping("/tasks/{id}/actions")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "可办理的步骤")
    List<String> actions(@PathVariable long id) {
        return tasks.actions(tasks.get(id));
    }

    @GetMapping("/tasks/{id}/draws")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "任务的抽取记录", description = "含已作废的抽取；公开验证见 /api/v1/public/random-inspections/draws/{id}")
    List<Draws.DrawView> taskDraws(@PathVariable long id) {
        return draws.ofTask(tasks.get(id).id());
    }

    @GetMapping("/tasks/{id}/selection")
    @PreAuthorize("hasAuthority('supervision:view')")
    @Operation(summary = "抽中的检查对象、检查人员和检查结果")
    List<RandomTaskView.Selected> selection(@PathVariable long id) {
        return tasks.selection(tasks.get(id).id());
    }

    @PostMapping("/tasks/{id}/commit")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "冻结名单并公布种子承诺", description = "检查对象、检查人员、回避名单冻结公开")
    RandomTaskView commit(@PathVariable long id, @RequestBody RandomTaskCommands.Step c) {
        return tasks.commit(id, c);
    }

    @PostMapping("/tasks/{id}/abandon")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "作废本次抽取", description = "须写明原因；作废的抽取仍公开；可重新冻结名单")
    RandomTaskView abandon(@PathVariable long id, @RequestBody RandomTaskCommands.Reason c) {
        return tasks.abandon(id, c);
    }

    @PostMapping("/tasks/{id}/draw")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "揭示种子并抽取")
    RandomTaskView draw(@PathVariable long id, @RequestBody RandomTaskCommands.Step c) {
        return tasks.draw(id, c);
    }

    @PostMapping("/tasks/{id}/results")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "录入检查结果", description = "合格、责令整改（整改期限）、移交立案（登记处罚案件）、未发现；检查人员须为抽中人员且检查日持有效执法证")
    RandomTaskView result(@PathVariable long id, @RequestBody RandomTaskCommands.Result c) {
        return tasks.recordResult(id, c, currentUsers.require());
    }

    @PostMapping("/tasks/{id}/reinspect")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "录入整改复查结果")
    RandomTaskView reinspect(@PathVariable long id, @RequestBody RandomTaskCommands.Reinspect c) {
        return tasks.reinspect(id, c);
    }

    @PostMapping("/tasks/{id}/complete")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "检查结果录入完毕", description = "全部抽中对象均有结果；自此起算公示期限（默认20个工作日）")
    RandomTaskView complete(@PathVariable long id, @RequestBody RandomTaskCommands.Dated c) {
        return tasks.complete(id, c);
    }

    @PostMapping("/tasks/{id}/publish")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "公示抽查结果")
    RandomTaskView publish(@PathVariable long id, @RequestBody RandomTaskCommands.Dated c) {
        return tasks.publish(id, c);
    }

    @PostMapping("/tasks/{id}/cancel")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "取消抽查任务", description = "抽取前；已冻结的抽取同时作废并保持公开")
    RandomTaskView cancel(@PathVariable long id, @RequestBody RandomTaskCommands.Reason c) {
        return tasks.cancel(id, c);
    }

    @GetMapping("/merge-proposals")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "合并联合抽查建议", description = "不同部门、期间重叠、检查对象重叠的未抽取任务")
    List<MergeProposals.Proposal> proposals() {
        return merges.proposals();
    }

    @PostMapping("/merge-proposals/accept")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "接受合并建议", description = "后一任务并入前一任务，成为联合抽查任务")
    RandomTaskView accept(@RequestBody RandomTaskCommands.Merge c) {
        return merges.accept(c);
    }

    @PostMapping("/merge-proposals/decline")
    @PreAuthorize("hasAuthority('supervision:random')")
    @Operation(summary = "不接受合并建议", description = "须写明理由")
    void decline(@RequestBody RandomTaskCommands.Merge c) {
        merges.decline(c);
    }
}
