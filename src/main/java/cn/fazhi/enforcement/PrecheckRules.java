package cn.fazhi.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The automatic pre-check of a closed case file (案卷评查): a pure function from a {@link CaseFile} to its findings,
 * each citing its rule. The rules, one per {@link PrecheckKind}:
 * <ul>
 * <li>mandatory document missing — 行政处罚法 Art. 47 (全过程记录, 归档), 国办发〔2018〕118号 三(七);</li>
 * <li>a timed step done late, or not done when its period ran out by the closing day — the step's own rule
 *     (e.g. 处罚法 Art. 60: decision within 90 days; Art. 67: payment within 15 days);</li>
 * <li>full audio-video recording missing for an act where it is mandatory — 118号 三(八);</li>
 * <li>benchmark not stated where a benchmark applies — 国办发〔2022〕27号 五(十二);</li>
 * <li>an officer on an act without a certificate valid on the act's day, and fewer than two officers on an act —
 *     处罚法 Art. 42 (强制法 Art. 18(二) for coercive measures);</li>
 * <li>a decision requiring 法制审核 made without a passed review, or before it passed — 处罚法 Art. 58, 118号 四
 *     ("未经法制审核或者审核未通过的，不得作出决定").</li>
 * </ul>
 * The certificate register is passed in as {@code certifiedOn} (officer id, day → valid), so the rules stay pure.
 */
public final class PrecheckRules {

    private PrecheckRules() {}

    public static List<PrecheckFinding> check(CaseFile file, BiPredicate<Long, LocalDate> certifiedOn) {
        List<PrecheckFinding> findings = new ArrayList<>();
        for (CaseFile.Document d : nonNull(file.documents())) {
            if (!d.present()) {
                findings.add(of(PrecheckKind.DOCUMENT_MISSING, d.kind(), null));
            }
        }
        for (CaseFile.TimedStep s : nonNull(file.steps())) {
            String rule = s.rule() == null || s.rule().isBlank() ? null : s.rule();
            if (s.doneOn() != null) {
                if (s.dueOn() != null && s.doneOn().isAfter(s.dueOn())) {
                    findings.add(new PrecheckFinding(PrecheckKind.STEP_LATE,
                            rule == null ? PrecheckFinding.ruleOf(PrecheckKind.STEP_LATE) : rule, s.name(), s.doneOn()));
                }
            } else if (s.dueOn() != null && (file.closedOn() == null || s.dueOn().isBefore(file.closedOn()))) {
                findings.add(new PrecheckFinding(PrecheckKind.STEP_NOT_DONE,
                        rule == null ? PrecheckFinding.ruleOf(PrecheckKind.STEP_NOT_DONE) : rule, s.name(), s.dueOn()));
            }
        }
        for (CaseFile.Act a : nonNull(file.acts())) {
            if (a.audioVideoRequired() && !a.audioVideoPresent()) {
                findings.add(of(PrecheckKind.AUDIO_VIDEO_MISSING, a.name(), a.on()));
            }
            LinkedHashSet<Long> officers = new LinkedHashSet<>();
            for (Long id : nonNull(a.officerIds())) {
                if (id != null) {
                    officers.add(id);
                }
            }
            if (officers.size() < CertificateChecks.MINIMUM_OFFICERS) {
                findings.add(of(PrecheckKind.TOO_FEW_OFFICERS, a.name(), a.on()));
            }
            for (Long id : officers) {
                if (a.on() == null || !certifiedOn.test(id, a.on())) {
                    findings.add(of(PrecheckKind.OFFICER_UNCERTIFIED, a.name() + ":" + id, a.on()));
                }
            }
        }
        if (file.benchmarkRequired() && !file.benchmarkStated()) {
            findings.add(of(PrecheckKind.BENCHMARK_NOT_STATED, null, file.decidedOn()));
        }
        if (file.reviewRequired() && file.decidedOn() != null) {
            if (file.reviewPassedOn() == null) {
                findings.add(of(PrecheckKind.REVIEW_MISSING, null, file.decidedOn()));
            } else if (file.reviewPassedOn().isAfter(file.decidedOn())) {
                findings.add(of(PrecheckKind.DECIDED_BEFORE_REVIEW, null, file.decidedOn()));
            }
        }
        return List.copyOf(findings);
    }

    private static PrecheckFinding of(PrecheckKind kind, String subject, LocalDate day) {
        return new PrecheckFinding(kind, PrecheckFinding.ruleOf(kind), subject, day);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
