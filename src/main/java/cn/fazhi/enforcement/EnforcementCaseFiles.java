package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.calendar.LegalCalendar;
import cn.fazhi.calendar.PeriodUnit;
import cn.fazhi.cases.CaseRef;

/**
 * The penalty case's file as the case-file evaluation reads it ({@link CaseFileSource}): the documents (present when
 * their step happened or a document of that stage is on record), the acts with their officers and audio-video, the
 * timed steps (decision within 90 days — Art. 60; service within 7 working days when the party was absent — Art. 61;
 * payment within 15 days — Art. 67), whether a benchmark had to be and was stated, and the legality review.
 */
@Component
class EnforcementCaseFiles implements CaseFileSource {

    private final EnforcementCaseRepository store;
    private final EnforcementCases cases;
    private final EvidenceRecords evidence;
    private final LegalCalendar calendar;
    private final JdbcClient jdbc;

    EnforcementCaseFiles(EnforcementCaseRepository store, EnforcementCases cases, EvidenceRecords evidence,
            LegalCalendar calendar, JdbcClient jdbc) {
        this.store = store;
        this.cases = cases;
        this.evidence = evidence;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return EnforcementCases.CASE_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFile> file(long caseId) {
        return store.find(caseId).map(this::file);
    }

    private CaseFile file(EnforcementCase c) {
        CaseRef ref = EnforcementCases.ref(c.id);
        List<EvidenceItem> items = evidence.of(ref);
        boolean notPunished = c.penaltyKindSet().contains(PenaltyKind.NOT_PUNISHED);
        List<EnforcementCaseView.ActView> acts = cases.acts(c.id);
        List<CaseFile.Document> docs = new ArrayList<>();
        docs.add(new CaseFile.Document("filingForm", true));
        docs.add(new CaseFile.Document("inquiryRecord", !acts.isEmpty() || has(items, EvidenceStage.INVESTIGATION)));
        if (!notPunished) {
            docs.add(new CaseFile.Document("notice", c.notifiedOn != null));
        }
        if (c.hearingRequestedOn != null) {
            docs.add(new CaseFile.Document("hearingRecord", c.hearingRecord != null));
        } else if (c.statementOn != null) {
            docs.add(new CaseFile.Document("statementRecord", true));
        }
        if (c.majorRequired) {
            docs.add(new CaseFile.Document("reviewOpinion", c.reviewOpinion != null || has(items, EvidenceStage.REVIEW)));
        }
        if (c.complexCase || c.outsideRange) {
            docs.add(new CaseFile.Document("discussionRecord", c.discussionOn != null || c.deviationApprovedOn != null));
        }
        docs.add(new CaseFile.Document("decision", c.decidedOn != null));
        docs.add(new CaseFile.Document("serviceReceipt", c.servedOn != null || has(items, EvidenceStage.SERVICE)));
        if (c.hasFine()) {
            docs.add(new CaseFile.Document("paymentReceipt", c.paidOn != null || has(items, EvidenceStage.EXECUTION)));
        }
        List<CaseFile.Act> fileActs = acts.stream()
                .map(a -> new CaseFile.Act(a.kind().name().toLowerCase(), a.on(),
                        a.officers().stream().map(EnforcementCaseView.ActOfficer::officerId).toList(), false,
                        evidence.hasAudioVideo(ref, "act:" + a.id())))
                .toList();
        List<CaseFile.TimedStep> timed = new ArrayList<>();
        timed.add(new CaseFile.TimedStep("decision", c.decisionDueOn, c.decidedOn, "enforcement.rule.penaltyArt60"));
        if (c.partyAbsent && c.decidedOn != null) {
            timed.add(new CaseFile.TimedStep("service",
                    calendar.deadline(c.decidedOn, 7, PeriodUnit.WORKING_DAYS).deadline(), c.servedOn,
                    "enforcement.rule.penaltyArt61"));
        }
        if (c.paymentDueOn != null) {
            timed.add(new CaseFile.TimedStep("payment", c.paymentDueOn, c.paidOn, "enforcement.rule.penaltyArt67"));
        }
        boolean benchmarkRequired = c.hasFine() && c.decidedOn != null && jdbc.sql("SELECT COUNT(*) FROM enforcement_benchmark "
                        + "WHERE violation_code = :v AND published AND effective_from <= :on "
                        + "AND (effective_to IS NULL OR effective_to >= :on)")
                .param("v", c.violationCode).param("on", c.decidedOn).query(Long.class).single() > 0;
        return new CaseFile(EnforcementCases.CASE_TYPE, c.id, c.caseNumber, c.unitId, c.regionCode, c.closedOn, docs,
                fileActs, timed, benchmarkRequired, c.benchmarkLevelId != null, c.majorRequired, c.reviewPassedOn,
                c.decidedOn);
    }

    private static boolean has(List<EvidenceItem> items, EvidenceStage stage) {
        return items.stream().anyMatch(i -> i.stage() == stage && i.media() == EvidenceMedia.DOCUMENT);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> closedBetween(LocalDate from, LocalDate to, Long unitId) {
        return jdbc.sql("SELECT id FROM enforcement_case WHERE status = :closed AND closed_on BETWEEN :from AND :to"
                        + (unitId == null ? "" : " AND unit_id = :unit") + " ORDER BY closed_on, id")
                .param("closed", PenaltyStatus.CLOSED.name()).param("from", from).param("to", to)
                .params(unitId == null ? java.util.Map.of() : java.util.Map.of("unit", unitId))
                .query(Long.class).list();
    }
}
