package cn.fazhi.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.fazhi.audit.AuditEntry;
import cn.fazhi.audit.AuditTrail;
import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseNumbers;
import cn.fazhi.platform.demo.DemoGenerations;

/**
 * Enterprise requests and SME payment complaints of the generated 2023 demo year, for the enterprises of the register
 * (part A's demo, order 48; none when the register is empty). {@value #REQUESTS} requests filed on the working days of
 * 2023 from 3 January to 24 November by the enterprises in turn, each routed to the unit the real suggestion code
 * ({@link EnterpriseRequests#suggest}) finds in the demo 权责清单 in force on the day filed (the market regulation
 * bureau when the list names none). The figures follow from the index {@code k} so that they are exact: returned once
 * by a wrong unit when k % 30 == 1 (8); answered late when k % 20 == 3 (12: answered on time 228 / 240, 95.0);
 * not rated when k % 8 == 7 (rated 210), dissatisfied when k % 24 == 5 (10: satisfied 200 / 210, 95.2). No request of
 * an enforcement category: the demo opens no supervision clue (the supervision demo year counts its own clues).
 * {@value #COMPLAINTS} complaints by SMEs (none without one): passed on late for k == 2 (on time 5 / 6), extended with
 * the head's approval for k == 4 and concluded within the extension, concluded late for k == 5 (on time 5 / 6).
 * Rows are marked {@code demo}.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "fazhi.demo.year-2023", havingValue = "true")
class RequestDemoYear2023 implements ApplicationRunner {

    static final String GENERATION = "enterprise-requests-2023";
    static final int REQUESTS = 240;
    static final int COMPLAINTS = 6;
    static final long FALLBACK_UNIT = 5;
    static final long COMPLAINT_HANDLER = 3;

    /** category | title | content: subjects worded like the demo list's powers (the suggestion code finds them). */
    static final String[][] SUBJECTS = {
        {"APPROVAL", "食品经营许可延续办理时间长", "我公司食品经营许可即将到期，申请延续已提交二十天仍未办结，请帮助协调。"},
        {"APPROVAL", "建筑工程施工许可材料咨询", "新建厂房申请建筑工程施工许可，希望一次性明确所需材料和办理时限。"},
        {"FACTORS", "扩产用气需求协调", "企业扩产需新增天然气用量，燃气经营许可企业称供气能力不足，请协调保障用气。"},
        {"POLICY", "农药经营许可及扶持政策咨询", "我公司拟开展农药经营，咨询农药经营许可条件和农资流通扶持政策。"},
        {"FEES", "污水排入排水管网许可收费疑问", "办理城镇污水排入排水管网许可时被要求缴纳一笔不在收费目录中的费用。"},
        {"DESIGNATED_AGENCY", "动物防疫条件合格证核发被要求指定机构", "办理动物防疫条件合格证核发时，被要求委托指定机构出具评估报告。"},
        {"APPROVAL", "特种设备使用登记网上办理", "特种设备使用登记能否全程网上办理，现场提交材料往返多次。"},
        {"POLICY", "商品房预售许可与项目融资咨询", "公司开发项目申请商品房预售许可，咨询预售资金监管和融资支持政策。"},
        {"BROKEN_PROMISE", "招商引资奖励未兑现", "我公司按协议完成投资，约定的招商引资奖励至今未兑现，请帮助协调。"},
        {"UNEQUAL", "政府采购中本地企业资格受限", "参加政府采购时被要求具有特定地区业绩，外地新设企业受到不平等对待。"}};

    static final String[] ANSWERS = {"经核实，已协调窗口加快办理，企业已领取证照。", "已向企业书面说明政策条件和申报流程，企业表示认可。",
        "已约谈相关单位，问题已整改，费用已退还企业。", "已协调供应单位制定保障方案，企业需求已解决。"};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final LegalCalendar calendar;
    private final RequestClocks clocks;
    private final SmeComplaintClocks complaintClocks;
    private final EnterpriseRequests requests;
    private final CaseNumbers numbers;
    private final DemoGenerations generations;
    private final AuditTrail audit;

    RequestDemoYear2023(JdbcClient jdbc, JdbcTemplate template, LegalCalendar calendar, RequestClocks clocks,
            SmeComplaintClocks complaintClocks, EnterpriseRequests requests, CaseNumbers numbers,
            DemoGenerations generations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.calendar = calendar;
        this.clocks = clocks;
        this.complaintClocks = complaintClocks;
        this.requests = requests;
        this.numbers = numbers;
        this.generations = generations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        generations.runOnceAfterStart(GENERATION, this::generate);
    }

    record Firm(long id, String size) {}

    int generate() {
        List<Firm> firms = jdbc.sql("SELECT id, size FROM enterprise ORDER BY id")
                .query((rs, n) -> new Firm(rs.getLong(1), rs.getString(2))).list();
        if (firms.isEmpty()) {
            return 0;
        }
        OffsetDateTime at = OffsetDateTime.of(2023, 1, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        Map<Long, String> regions = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, region_code, name FROM unit").query((rs, n) -> {
            regions.put(rs.getLong(1), rs.getString(2));
            return names.put(rs.getLong(1), rs.getString(3));
        }).list();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 1, 3); !d.isAfter(LocalDate.of(2023, 11, 24)); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        List<String> caseNumbers = numbers.nextBlock(EnterpriseRequests.CASE_TYPE, "district", 2023, REQUESTS);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> routes = new ArrayList<>();
        for (int k = 0; k < REQUESTS; k++) {
            String[] subject = SUBJECTS[k % SUBJECTS.length];
            Firm firm = firms.get(k % firms.size());
            LocalDate filed = days.get((int) ((long) k * days.size() / REQUESTS));
            List<RequestSuggestion> suggested = requests.suggest(subject[1] + " " + subject[2], filed);
            RequestSuggestion first = suggested.isEmpty() ? null : suggested.get(0);
            long unit = first == null ? FALLBACK_UNIT : first.unitId();
            boolean returned = k % 30 == 1;
            boolean late = k % 20 == 3;
            boolean rated = k % 8 != 7;
            boolean dissatisfied = k % 24 == 5;
            LocalDate routed = filed;
            if (returned) {
                long wrong = unit == 13 ? 6 : 13;
                LocalDate back = plus(filed, 1);
                routes.add(new Object[] {caseNumbers.get(k), wrong, filed, first == null ? null : first.unitId(), null,
                    null, null, "企业称此前由该单位办理", back, "经核实不属于本单位职责，建议分派" + names.get(unit), at});
                routed = back;
            }
            routes.add(new Object[] {caseNumbers.get(k), unit, routed, first == null ? null : first.unitId(),
                first == null ? null : first.reason(), first == null ? null : first.powerCode(),
                first == null || first.matched() == null ? null : cut(first.matched()), null, null, null, at});
            LocalDate answerDue = clocks.answerDue(routed);
            LocalDate answered = late ? plus(answerDue, 1 + k % 2) : min(plus(routed, k % 4), answerDue);
            LocalDate closed = plus(answered, 1);
            LocalDate closeDue = clocks.closeDue(filed);
            LocalDate ratedOn = rated ? plus(closed, 1) : null;
            String rating = !rated ? null : dissatisfied ? "DISSATISFIED" : k % 3 == 0 ? "SATISFIED"
                    : k % 7 == 0 ? "BASIC" : "VERY_SATISFIED";
            rows.add(new Object[] {caseNumbers.get(k), rated ? "RATED" : "CLOSED", firm.id(), subject[0],
                k % 4 == 0 ? "DESK" : "PORTAL", subject[1], subject[2], filed, unit, regions.get(unit),
                clocks.routeDue(filed), filed, true, clocks.signDue(routed), routed, answerDue, answered, !late,
                ANSWERS[k % ANSWERS.length], closeDue, closed, !closed.isAfter(closeDue), clocks.visitDue(answered),
                rating, dissatisfied ? "答复未解决实际问题" : null, ratedOn, returned ? 2 : 1, returned ? 1 : 0, at});
        }
        template.batchUpdate("INSERT INTO enterprise_request (case_number, status, enterprise_id, category, channel, title, "
                + "content, filed_on, unit_id, region_code, route_due, routed_on, routed_on_time, sign_due, signed_on, "
                + "answer_due, answered_on, answered_on_time, answer, close_due, closed_on, closed_on_time, visit_due, "
                + "rating, rating_note, rated_on, route_count, return_count, demo, created_at, created_by) VALUES (?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'demo')", rows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, case_number FROM enterprise_request WHERE demo").query((rs, n) -> ids.put(rs.getString(2),
                rs.getLong(1))).list();
        for (Object[] r : routes) {
            r[0] = ids.get((String) r[0]);
        }
        template.batchUpdate("INSERT INTO enterprise_request_route (request_id, unit_id, routed_on, suggested_unit_id, "
                + "suggested_reason, suggested_power, matched, override_reason, returned_on, return_reason, routed_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'yingshang', ?)", routes);
        int complaints = complaints(firms, regions, at);
        audit.record(AuditEntry.of("enterprises.request.demo", EnterpriseRequests.CASE_TYPE, null,
                REQUESTS + " requests, " + routes.size() + " routings, " + complaints + " SME complaints"));
        return REQUESTS + complaints;
    }

    private int complaints(List<Firm> firms, Map<Long, String> regions, OffsetDateTime at) {
        List<Firm> smes = firms.stream().filter(f -> !"LARGE".equals(f.size())).toList();
        if (smes.isEmpty()) {
            return 0;
        }
        long[] respondents = {6, 8, 13, 7, 11, 9};
        List<String> caseNumbers = numbers.nextBlock(SmeComplaints.CASE_TYPE, "district", 2023, COMPLAINTS);
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < COMPLAINTS; k++) {
            LocalDate received = firstWorkingDay(LocalDate.of(2023, 2 + k, 6));
            LocalDate accepted = plus(received, 1);
            LocalDate transferDue = complaintClocks.transferDue(accepted);
            LocalDate transferred = k == 2 ? plus(transferDue, 2) : plus(accepted, 3);
            LocalDate resultDue = complaintClocks.resultDue(transferred);
            LocalDate extendedTo = k == 4 ? resultDue.plusDays(30) : null;
            LocalDate concluded = k == 4 ? resultDue.plusDays(10) : k == 5 ? resultDue.plusDays(5)
                    : transferred.plusDays(20);
            boolean onTime = !concluded.isAfter(extendedTo != null ? extendedTo : resultDue);
            BigDecimal amount = new BigDecimal(86000 + k * 37500).setScale(2);
            rows.add(new Object[] {caseNumbers.get(k), "CONCLUDED", smes.get(k % smes.size()).id(), k % 2 == 0 ? "PORTAL"
                : "DESK", respondents[k], amount, received.minusDays(75), "XA-CG-2022-" + (101 + k),
                "验收合格后超过合同约定付款期限仍未支付货款，多次催告无果。", received, COMPLAINT_HANDLER,
                regions.get(COMPLAINT_HANDLER), accepted, transferDue, COMPLAINT_HANDLER, transferred,
                !transferred.isAfter(transferDue), resultDue, extendedTo, k == 4 ? "需核对工程结算审计结果" : null,
                k == 4 ? "区政府分管负责人" : null, concluded, onTime,
                "经督促，被投诉单位已支付全部欠款及逾期利息，投诉人表示认可。", k == 3 ? 1 : 0,
                k == 3 ? "被投诉单位未按期提供付款资料，已发督办书" : null, at});
        }
        template.batchUpdate("INSERT INTO sme_complaint (case_number, status, enterprise_id, channel, respondent_unit_id, "
                + "amount, payment_due, contract_ref, content, received_on, unit_id, region_code, accepted_on, transfer_due, "
                + "handler_unit_id, transferred_on, transferred_on_time, result_due, extended_to, extension_reason, "
                + "extension_approver, concluded_on, concluded_on_time, result, supervision_count, supervision_note, demo, "
                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, TRUE, ?, 'demo')", rows);
        return COMPLAINTS;
    }

    private LocalDate firstWorkingDay(LocalDate d) {
        LocalDate day = d;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }

    private LocalDate plus(LocalDate day, int workingDays) {
        return calendar.deadline(day, workingDays, PeriodUnit.WORKING_DAYS).deadline();
    }
}
