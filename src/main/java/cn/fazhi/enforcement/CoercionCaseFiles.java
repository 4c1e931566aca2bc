package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.fazhi.cases.CaseRef;

/**
 * The case file of a closed coercion case for the case-file pre-check (案卷评查). Documents (message keys under
 * {@code enforcement.document.}): a measure holds the approval form (审批表 — the head's approval or ratification,
 * Arts. 18(一), 19), the site record (现场笔录, Art. 18(七)), the decision with its list (查封扣押决定书及清单, Art. 24) or
 * the 冻结决定书 (Art. 31), and the disposal decision (Arts. 27, 28); an execution holds the 催告书 (Art. 35), the
 * 强制执行决定书 (Art. 37) and, when it went to court, the application (Art. 55). A document counts as present when the
 * step that produces it was taken. Acts carry their officers and the audio-video flags of 118号 三(八); timed steps are
 * the measure's period (Arts. 25, 32: disposal by the last day) and the 冻结决定书 within 3 working days (Art. 31).
 */
@Component
class CoercionCaseFiles implements CaseFileSource {

    private final JdbcClient jdbc;
    private final CoercionRepository store;
    private final EvidenceRecords evidence;
    private final CoercionRules rules;

    CoercionCaseFiles(JdbcClient jdbc, CoercionRepository store, EvidenceRecords evidence, CoercionRules rules) {
        this.jdbc = jdbc;
        this.store = store;
        this.evidence = evidence;
        this.rules = rules;
    }

    @Override
    public String caseType() {
        return Coercions.CASE_TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFile> file(long caseId) {
        return store.find(caseId).map(this::file);
    }

    private CaseFile file(CoercionCase c) {
        CaseRef ref = Coercions.ref(c.id);
        Map<String, List<Long>> officers = store.officers(c.id);
        List<CaseFile.Document> docs = new ArrayList<>();
        List<CaseFile.Act> acts = new ArrayList<>();
        List<CaseFile.TimedStep> timed = new ArrayList<>();
        boolean av = c.avRequired && evidence.hasAudioVideo(ref, c.avAct);
        if (c.kind == CoercionKind.MEASURE) {
            docs.add(new CaseFile.Document("coercionApproval", c.approvedOn != null));
            docs.add(new CaseFile.Document("coercionSiteRecord", c.measureOn != null && c.siteRecord));
            docs.add(new CaseFile.Document(c.measureType == CoercionMeasureType.FREEZE ? "coercionFreezeDecision"
                    : "coercionSeizureDecision", c.decisionServedOn != null || (c.measureOn != null
                    && c.measureType != CoercionMeasureType.FREEZE)));
            if (c.measureType.hasPeriod()) {
                docs.add(new CaseFile.Document("coercionDisposalDecision", c.disposedOn != null));
            }
            if (c.measureOn != null) {
                acts.add(new CaseFile.Act("coercion." + c.measureType.name(), c.measureOn,
                        officers.getOrDefault("MEASURE", List.of()), c.avRequired, av));
            }
            if (c.expiresOn != null) {
                timed.add(new CaseFile.TimedStep("coercionPeriod", c.expiresOn, c.disposedOn,
                        "行政强制法第二十五条、第三十二条"));
            }
            if (c.measureType == CoercionMeasureType.FREEZE && c.measureOn != null) {
                timed.add(new CaseFile.TimedStep("coercionFreezeDecision", rules.freezeDecisionDue(c.measureOn),
                        c.decisionServedOn, "行政强制法第三十一条"));
            }
        } else {
            docs.add(new CaseFile.Document("coercionDemandNotice", c.demandServedOn != null));
            if (c.courtAppliedOn != null) {
                docs.add(new CaseFile.Document("coercionCourtApplication", true));
            } else {
                docs.add(new CaseFile.Document("coercionExecutionDecision", c.decidedOn != null));
            }
            if (c.executedOn != null) {
                acts.add(new CaseFile.Act("coercion." + c.executionType.name(), c.executedOn,
                        officers.getOrDefault("EXECUTION", List.of()), c.avRequired, av));
            }
        }
        LocalDate decided = c.kind == CoercionKind.MEASURE ? c.measureOn : c.decidedOn;
        return new CaseFile(Coercions.CASE_TYPE, c.id, c.caseNumber, c.unitId, c.regionCode, c.closedOn, docs, acts,
                timed, false, false, false, null, decided);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> closedBetween(LocalDate from, LocalDate to, Long unitId) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", from);
        p.put("to", to);
        p.put("closed", CoercionStatus.CLOSED.name());
        String unit = "";
        if (unitId != null) {
            unit = " AND c.unit_id = :unit";
            p.put("unit", unitId);
        }
        return jdbc.sql("SELECT c.id FROM coercion_case c WHERE c.status = :closed AND c.closed_on BETWEEN :from AND :to"
                + unit + " ORDER BY c.closed_on, c.id").params(p).query(Long.class).list();
    }
}
