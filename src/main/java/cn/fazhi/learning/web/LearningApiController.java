package cn.fazhi.learning.web;

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

import cn.fazhi.learning.Attempts;
import cn.fazhi.learning.Cadres;
import cn.fazhi.learning.LearningCommands;
import cn.fazhi.learning.LearningViews;
import cn.fazhi.learning.Lectures;
import cn.fazhi.learning.QuestionBank;
import cn.fazhi.learning.TestSessions;
import cn.fazhi.learning.TrainingClasses;
import cn.fazhi.platform.imports.Spreadsheets;
import cn.fazhi.platform.web.Paged;
import cn.fazhi.platform.web.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 学法 over REST: lectures, classes, the question bank, cadres, test sessions with their assignments and results (by
 * data scope), and a cadre's own tests: start, answer (saved as given, refused after the deadline), submit.
 */
@RestController
@RequestMapping("/api/v1/learning")
@Tag(name = "学法考法")
class LearningApiController {

    private final Lectures lectures;
    private final TrainingClasses classes;
    private final QuestionBank bank;
    private final Cadres cadres;
    private final TestSessions tests;
    private final Attempts attempts;

    LearningApiController(Lectures lectures, TrainingClasses classes, QuestionBank bank, Cadres cadres,
            TestSessions tests, Attempts attempts) {
        this.lectures = lectures;
        this.classes = classes;
        this.bank = bank;
        this.cadres = cadres;
        this.tests = tests;
        this.attempts = attempts;
    }

    record ClassDetail(LearningViews.TrainingClass trainingClass, List<LearningViews.TraineeCount> trainees) {}

    record TestDetail(LearningViews.TestSession test, List<LearningViews.UnitResult> units) {}

    record Created(long id) {}

    record Count(int count) {}

    static void paging(int page, int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw UserFacingException.badRequest("learning.error.paging");
        }
    }

    @GetMapping("/lectures")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "查询学法讲座和学习活动", description = "本人数据范围内；可按关键词、单位、年度筛选")
    Paged<LearningViews.Lecture> lectures(@ParameterObject @ModelAttribute LearningCommands.Query q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return lectures.search(q, page, size);
    }

    @GetMapping("/lectures/{id}")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "一次学法讲座")
    LearningViews.Lecture lecture(@PathVariable long id) {
        return lectures.get(id);
    }

    @PostMapping(path = "/lectures", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "登记学法讲座", description = "类型、举办日期、举办单位、主题、主讲人、参加人数（或名单）、是否法治专题讲座")
    LearningViews.Lecture createLecture(@RequestBody LearningCommands.NewLecture c) {
        return lectures.create(c);
    }

    @GetMapping("/lectures/short")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "法治专题讲座不足2次的单位", description = "《法治政府建设与责任落实督察工作规定》第七条至第九条；本年度名单内单位")
    List<LearningViews.UnitShort> unitsShort(@RequestParam(name = "studyYear") int year) {
        if (year < 2000 || year > 2100) {
            throw UserFacingException.badRequest("learning.error.year");
        }
        return lectures.unitsShort(year);
    }

    @GetMapping("/classes")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "查询培训班", description = "本人数据范围内（举办或参训）；可按关键词、单位、年度筛选")
    Paged<LearningViews.TrainingClass> classes(@ParameterObject @ModelAttribute LearningCommands.Query q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return classes.search(q, page, size);
    }

    @GetMapping("/classes/{id}")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "一期培训班及各单位参训人数")
    ClassDetail trainingClass(@PathVariable long id) {
        return new ClassDetail(classes.get(id), classes.trainees(id));
    }

    @PostMapping(path = "/classes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "登记培训班", description = "举办方、是否习近平法治思想专题、学时、各单位参训和到课人数；全部保存或全部不保存")
    LearningViews.TrainingClass createClass(@RequestBody LearningCommands.NewClass c) {
        return classes.create(c);
    }

    @GetMapping("/questions")
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "查询题库")
    Paged<LearningViews.BankQuestion> questions(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return bank.search(q, category, page, size);
    }

    @PostMapping(path = "/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "新增试题", description = "单选（一个字母）、多选（两个及以上字母）、判断（T/F）")
    Created createQuestion(@RequestBody LearningCommands.NewQuestion c) {
        return new Created(bank.create(c));
    }

    @PostMapping(path = "/questions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "导入试题（.xlsx）", description = "全部成功才保存；有错误时逐行列出，不保存任何一行")
    Count importQuestions(@RequestPart(name = "file", required = false) MultipartFile file) {
        return new Count(Spreadsheets.fromUpload(file, bank::importSheet));
    }

    @GetMapping("/cadres")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "查询机关干部名册", description = "本人数据范围内；不含身份证号")
    Paged<LearningViews.Cadre> cadres(@ParameterObject @ModelAttribute LearningCommands.Query q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return cadres.search(q, page, size);
    }

    @PostMapping(path = "/cadres", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "登记机关干部", description = "单位、姓名、职务，可关联登录账号")
    Created createCadre(@RequestBody LearningCommands.NewCadre c) {
        return new Created(cadres.create(c));
    }

    @GetMapping("/tests")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "查询考试场次", description = "本人数据范围内；含应考、实考、合格人数")
    Paged<LearningViews.TestSession> tests(@ParameterObject @ModelAttribute LearningCommands.Query q,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        paging(page, size);
        return tests.search(q, page, size);
    }

    @GetMapping("/tests/{id}")
    @PreAuthorize("hasAuthority('learning:view')")
    @Operation(summary = "一场考试及各单位参考率、合格率")
    TestDetail test(@PathVariable long id) {
        return new TestDetail(tests.get(id), tests.unitResults(id));
    }

    @PostMapping(path = "/tests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "新建考试场次", description = "在线测试或任前法律考试：开放时间、时长（分钟）、合格分、试题")
    LearningViews.TestSession createTest(@RequestBody LearningCommands.NewTest c) {
        return tests.create(c);
    }

    @PostMapping(path = "/tests/{id}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('learning:manage')")
    @Operation(summary = "分配考试", description = "分配给单位（该单位全部干部）和/或指定干部")
    Count assign(@PathVariable long id, @RequestBody LearningCommands.Assign c) {
        return new Count(tests.assign(id, c));
    }

    @GetMapping("/my-tests")
    @PreAuthorize("hasAuthority('learning:take')")
    @Operation(summary = "我的考试")
    List<LearningViews.MyTest> myTests() {
        return attempts.mine();
    }

    @PostMapping("/assignments/{id}/attempt")
    @PreAuthorize("hasAuthority('learning:take')")
    @Operation(summary = "开始考试", description = "开放时间内开始（已开始则继续）；截止时间由服务器确定")
    LearningViews.Attempt start(@PathVariable long id) {
        return attempts.start(id);
    }

    @GetMapping("/attempts/{id}")
    @PreAuthorize("hasAuthority('learning:take')")
    @Operation(summary = "本人一次考试的试题和已保存答案")
    LearningViews.Attempt attempt(@PathVariable long id) {
        return attempts.get(id);
    }

    @PostMapping(path = "/attempts/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('learning:take')")
    @Operation(summary = "保存一题答案", description = "随答随存；截止时间后或已交卷时拒绝")
    LearningViews.SavedAnswer answer(@PathVariable long id, @RequestBody LearningCommands.Answer c) {
        return attempts.answer(id, c);
    }

    @PostMapping("/attempts/{id}/submit")
    @PreAuthorize("hasAuthority('learning:take')")
    @Operation(summary = "交卷", description = "按已保存答案计分，给出成绩和是否合格")
    LearningViews.Result submit(@PathVariable long id) {
        return attempts.submit(id);
    }
}
