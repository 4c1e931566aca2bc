package cn.fazhi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.CurrentUser;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.reports.ReportForms.Create;
import cn.fazhi.reports.ReportForms.StepForm;
import cn.fazhi.reports.ReportViews.Figure;
import cn.fazhi.reports.ReportViews.Report;

/**
 * The 2023 report of 咸安区 drafted by Fazhi from the generated demo year carries the seed report's figures, in the
 * built-in template's own sentences — 8,608 accepted, 8,568 resolved, 99.5%, 6.89亿元, 1,034 court-entrusted, 791
 * confirmations; 121 cases = 73 + 48; 100% head appearance; the normative cleanup (399 = 60 + 13 + 326 void or
 * abolished), 5 village certificates kept and 247 notification-commitment items, 28 legality reviews and 68 advisers'
 * opinions, 96 officers sitting the qualification exam, 94 passing and 1,338 certified; 15 inspections rectifying 45 problems with 41 inspectors of whom 9 on site, 12 supervision suggestions, 2 notices and 2 clues transferred, 102 random-inspection tasks completed and published on time — in its preview, its DOCX and its PDF text, live and after freezing (when the records behind each figure
 * are kept: 8,608 of them for the accepted disputes).
 */
@IntegrationTest
class SeedReport2023Test {

    static final String[] SEED_SENTENCES = {
            "全年受理人民调解案件8,608起，调解成功8,568件，调解成功率为99.5%，调解成功案件涉及金额6.89亿元",
            "收到人民法院委托调解的纠纷1,034件；经人民法院裁定确认有效的调解协议791件",
            "全年承办行政复议和行政诉讼案件121件，其中受理行政复议案件73件，人民法院立案的行政诉讼案件48件",
            "行政机关负责人出庭应诉率为100%",
            "共清理399份，其中继续有效的60件，需要修改的13件，宣布失效或者废止的326件",
            "村级证明事项保留5项，实行告知承诺制的证明事项247项",
            "进行合法性审查28份", "政府法律顾问全年出具法律意见书68份",
            "全年组织96人参加行政执法资格考试，通过94人，全区取得行政执法资格的人员达到1,338人",
            "全年开展法治督察15次，整改各类法治问题45个；聘任法治督察员41人，邀请9人参与实地督察",
            "全年下发《行政执法监督建议书》12份、《行政执法监督通知书》2份，向纪检监察机关移交问题线索2个",
            "全年完成“双随机、一公开”抽查任务102个，抽查结果按期公示的102个",
            "下沉高频服务事项175项", "梳理完成1,594个事项办理指南，即办件比例由上年的54.6%提升到90.2%", "首批选取55个高频事项开展跨域通办",
            "“香城代办”代办员队伍达到1000余人", "已录入人员信息基础数据78万条",
            "理论学习中心组举办学法讲座3次；党校举办习近平法治思想专题培训班5期，开展相关培训20学时，培训干部181人",
            "组织78家单位、2,135名机关干部参加习近平法治思想在线测试，参考率为100%，合格率为100%",
            "组织78家单位就上一年度法治建设工作开展书面述法，3家单位作典型发言",
            "集中组织行政执法单位224人参加习近平法治思想暨行政执法专门培训班，各单位开展行政执法专项培训300余人",
            "组织53家单位开展“谁执法谁普法”普法专项述职，邀请19名专家进行现场评议；开展“一把手谈法治”活动，9家单位主要负责人现场说法谈法",
            "为87所中小学校聘任142名法治副校长，开展送法进校园活动180余次，覆盖青少年8万余人次，发放普法资料10万余份",
            "重要时间节点普法活动参与群众10万余人次；3个国家级民主法治示范村（社区）通过复核",
            "化解信访积案96件，其中三年以上的61件、五年以上的19件、十年以上的16件",
            "电信网络诈骗案件同比下降14.8%，损失金额同比下降13.2%；办理环境资源公益诉讼案件39件",
            "市民之家人社、医保窗口月均业务量同比下降11.7万件，“就近办”业务占比达到六成以上",
            "市民之家开设6个专窗和1个综窗", "9个项目获批省级优化营商环境先行区改革试点", "全国共104个",
            "提供惠企政策查询、政策申请、诉求办理等6大便捷服务",
            "组织53家单位开展依法行政书面述职",
            "对53名熟悉法律知识、表现突出的干部予以关心关爱，其中提拔重用40人、晋升职级13人",
            "咸安区2023年度法治政府建设工作报告", "四、2024年度推进法治政府建设的主要安排", "咸安区人民政府"};

    @Autowired
    AnnualReports reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAccounts userAccounts;

    @Test
    void theDraftedReportCarriesTheSeedsFiguresInDocxAndPdfLiveAndFrozen() throws Exception {
        CurrentUser office = userAccounts.loadDetails(accounts.create("rps", 4, "LAW_OFFICE")).orElseThrow().user();
        CurrentUser reviewer = userAccounts.loadDetails(accounts.create("rpsr", 4, "LAW_OFFICE")).orElseThrow().user();
        Report report;
        try {
            report = reports.create(new Create(2023, "421202"), office);
        } catch (UserFacingException e) {
            long id = reports.list(office).stream().filter(r -> r.year() == 2023 && r.regionCode().equals("421202"))
                    .findFirst().orElseThrow().id();
            report = reports.get(id, office);
        }
        assertContainsSeed(report, office);

        if (report.status() == ReportStatus.DRAFT) {
            reports.step(report.id(), ReportStep.SUBMIT, new StepForm(null, null), office);
            long started = System.nanoTime();
            reports.step(report.id(), ReportStep.PASS_REVIEW, new StepForm(null, null), reviewer);
            System.out.printf("Froze the 2023 district report in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
        Report frozen = reports.get(report.id(), office);
        assertThat(frozen.frozenAt()).isNotNull();
        assertThat(frozen.figures()).filteredOn(f -> f.indicatorId().equals("mediation.disputes.accepted"))
                .singleElement().extracting(Figure::recordCount).isEqualTo(8608L);
        assertThat(frozen.figures()).filteredOn(f -> f.indicatorId().equals("legal_cases.total"))
                .singleElement().extracting(Figure::recordCount).isEqualTo(121L);
        assertThat(reports.frozenRecords(report.id(), "mediation.court_entrusted", 0, office).total()).isEqualTo(1034);
        assertContainsSeed(frozen, office);
    }

    private void assertContainsSeed(Report report, CurrentUser office) throws Exception {
        String preview = report.title() + report.blocks().stream().map(ReportViews.Block::text).reduce("", String::concat)
                + report.signature();
        assertThat(preview).contains(SEED_SENTENCES);
        assertThat(ReportFiles.squeezed(ReportFiles.docxText(reports.docx(report.id(), office).body())))
                .contains(SEED_SENTENCES);
        assertThat(ReportFiles.squeezed(ReportFiles.pdfText(reports.pdf(report.id(), office).body())))
                .contains(SEED_SENTENCES);
    }
}
