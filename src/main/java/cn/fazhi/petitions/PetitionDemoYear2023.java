package cn.fazhi.petitions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.cases.Attachment;
import cn.fazhi.cases.CaseAttachments;
import cn.fazhi.cases.CaseParties;
import cn.fazhi.cases.CaseSteps;
import cn.fazhi.cases.StepOutcome;
import cn.fazhi.organisation.UnitView;
import cn.fazhi.organisation.Units;
import cn.fazhi.platform.demo.DemoGenerations;
import cn.fazhi.platform.identifiers.ResidentIdNumber;

/**
 * The backlog of the generated 2023 demo year (the seed: 96 long-standing petitions resolved, 61 of them 3 to 5 years
 * old, 19 of 5 to 10 and 16 of 10 and more). {@value #RESOLVED} cases resolved on working-day-like dates of 2023, each
 * with its 包案 leader, one meeting and a resolution with a generated evidence file and the petitioner's agreement; the
 * first petition is placed so that case {@code k} falls in its band exactly ({@link BacklogAgeRule}). Plus
 * {@value #OPEN} cases taken in during 2023 and still open ({@code petitions.backlog.open} = 4), and {@value #RELAPSED}
 * cases resolved in 2022 whose petitioners came back in 2023 (reopened: {@code petitions.backlog.relapsed} = 2).
 * Petitioners' ID numbers and phones are generated, valid and sealed. Rows are marked {@code demo}.
 */
@Component
@Order(58)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class PetitionDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "petitions-backlog-2023";
    static final int BONE = 61;
    static final int NAIL = 19;
    static final int UNSOLVABLE = 16;
    static final int RESOLVED = BONE + NAIL + UNSOLVABLE;
    static final int OPEN = 4;
    static final int RELAPSED = 2;
    static final long[] UNITS = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13};

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "何"};
    static final String[] GIVEN = {"建国", "秀英", "桂兰", "志强", "红梅", "德明", "春华", "国平", "玉兰", "长青", "金凤", "正林"};
    static final String[] SUBJECTS = {"征地拆迁安置补偿标准争议", "企业改制职工身份置换补偿", "农村宅基地界址纠纷", "工伤认定及待遇支付",
        "退役军人安置待遇", "城中村改造还建房分配", "林地承包经营权纠纷", "拖欠农民工工资", "医疗纠纷赔偿", "社会保险欠缴补缴"};
    static final String[][] LEADERS = {{"区委副书记、区长", "陈志远"}, {"区委常委、常务副区长", "李文华"},
        {"区委常委、政法委书记", "王建军"}, {"副区长、区公安分局局长", "刘国强"}, {"区人大常委会副主任", "张德胜"},
        {"区政协副主席", "周立新"}};
    static final String[] MEASURES = {"依法依规落实补偿，签订息诉罢访协议", "协调相关单位解决实际困难，给予司法救助",
        "经听证评议，落实政策待遇并做好解释疏导", "通过人民调解达成和解协议并已履行"};

    private final PetitionBacklog backlog;
    private final BacklogRepository store;
    private final CaseSteps steps;
    private final CaseParties parties;
    private final CaseAttachments attachments;
    private final Units units;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    PetitionDemoYear2023(PetitionBacklog backlog, BacklogRepository store, CaseSteps steps, CaseParties parties,
            CaseAttachments attachments, Units units, DemoGenerations generations, AuditTrail audit) {
        this.backlog = backlog;
        this.store = store;
        this.steps = steps;
        this.parties = parties;
        this.attachments = attachments;
        this.units = units;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    int generate() {
        int rows = 0;
        for (int k = 0; k < RESOLVED; k++) {
            // resolved between 2023-01-16 and 2023-12-20; the band decides how long before the first petition was
            LocalDate resolved = LocalDate.of(2023, 1, 16).plusDays((long) k * 338 / RESOLVED);
            int years = k < BONE ? 3 + k % 2 : k < BONE + NAIL ? 5 + k % 5 : 10 + k % 7;
            LocalDate first = resolved.minusYears(years).minusDays(20 + k % 90);
            LocalDate taken = maxOf(first.plusYears(1), LocalDate.of(2022, 3, 1).plusDays(k % 200));
            long id = open(k, first, taken);
            LocalDate met = taken.plusDays(10 + k % 20);
            if (!met.isBefore(resolved)) {
                met = resolved.minusDays(1);
            }
            LocalDate meeting = met;
            String[] leader = LEADERS[k % LEADERS.length];
            steps.systemStep(store, BacklogCase.TABLE, id, "meet", c -> {
                c.meet(meeting);
                backlog.meeting(c, meeting, leader[1] + "、信访局、责任单位负责人、信访人",
                        "明确化解方案和责任分工，限期落实", "xinfang");
                return StepOutcome.of(null, meeting.toString());
            });
            resolve(id, k, resolved);
            rows += 3;
        }
        for (int k = 0; k < OPEN; k++) {
            LocalDate taken = LocalDate.of(2023, 3 + k * 2, 6);
            open(RESOLVED + k, taken.minusYears(2 + k).minusDays(40), taken);
            rows++;
        }
        for (int k = 0; k < RELAPSED; k++) {
            int n = RESOLVED + OPEN + k;
            LocalDate taken = LocalDate.of(2022, 2, 14 + k);
            long id = open(n, taken.minusYears(4), taken);
            resolve(id, n, LocalDate.of(2022, 9, 20 + k));
            LocalDate again = LocalDate.of(2023, 5, 8 + k);
            steps.systemStep(store, BacklogCase.TABLE, id, "relapse", c -> {
                c.relapse(again);
                return StepOutcome.of(null, again.toString());
            });
            backlog.relapseRow(store.find(id).orElseThrow(), again, "信访人以同一事项再次来访，要求重新处理", "xinfang");
            rows += 3;
        }
        audit.record(AuditEntry.of("petitions.backlog.demo", Petitions.CASE_TYPE, null, RESOLVED + " resolved in 2023 ("
                + BONE + " / " + NAIL + " / " + UNSOLVABLE + "), " + OPEN + " open, " + RELAPSED + " relapsed"));
        return rows;
    }

    private long open(int k, LocalDate first, LocalDate taken) {
        UnitView unit = units.find(UNITS[k % UNITS.length]).orElseThrow();
        String name = SURNAMES[k % SURNAMES.length] + GIVEN[(k / SURNAMES.length + k) % GIVEN.length];
        String first17 = String.format("4212021%03d%02d%02d%03d", 950 + k % 40, 1 + k % 12, 1 + k % 28, 100 + k);
        String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
        String phone = String.format("139%08d", 27_000_000 + k);
        CaseParties.Sealed sealed = parties.seal(true, idNumber, phone);
        String[] leader = LEADERS[k % LEADERS.length];
        long id = backlog.insert(name, sealed, SUBJECTS[k % SUBJECTS.length], first, unit, taken, leader[0], leader[1],
                "xinfang", true);
        steps.created(store, store.find(id).orElseThrow(), "opened", StepOutcome.of(null, unit.name()));
        return id;
    }

    private void resolve(long id, int k, LocalDate on) {
        steps.systemStep(store, BacklogCase.TABLE, id, "resolve", c -> {
            AgeBand band = c.resolve(on);
            String text = "【演示化解材料】" + c.caseNumber + "\n化解日期：" + on + "\n化解措施：" + MEASURES[k % MEASURES.length]
                    + "\n信访人签字确认：同意\n";
            Attachment file = attachments.store(PetitionBacklog.ref(c.id), "resolution-" + c.id + ".txt",
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "resolution");
            backlog.resolution(c, on, MEASURES[k % MEASURES.length], file, true, band, "xinfang", true);
            return StepOutcome.of(null, band.name());
        });
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
