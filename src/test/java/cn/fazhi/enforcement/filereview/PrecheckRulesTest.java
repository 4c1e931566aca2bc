package cn.fazhi.enforcement.filereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fazhi.enforcement.CaseFile;
import cn.fazhi.enforcement.CaseFile.Act;
import cn.fazhi.enforcement.CaseFile.Document;
import cn.fazhi.enforcement.CaseFile.TimedStep;
import cn.fazhi.enforcement.PrecheckFinding;
import cn.fazhi.enforcement.PrecheckKind;
import cn.fazhi.enforcement.PrecheckRules;

/**
 * Every rule of the automatic pre-check, one row each, over a clean file changed in one respect: the finding it must
 * raise (or none) and the rule it cites. Officers 1 and 2 hold certificates valid all through; officer 3 only until
 * 2023-03-31 (处罚法 Art. 42).
 */
class PrecheckRulesTest {

    static final LocalDate ACT = LocalDate.of(2023, 4, 10);
    static final LocalDate DECIDED = LocalDate.of(2023, 6, 1);
    static final LocalDate CLOSED = LocalDate.of(2023, 7, 20);

    static final BiPredicate<Long, LocalDate> REGISTER = (officer, day) -> officer == 1L || officer == 2L
            || officer == 3L && !day.isAfter(LocalDate.of(2023, 3, 31));

    static CaseFile clean() {
        return new CaseFile("enforcement", 1, "咸安市监罚〔2023〕1号", 5, "421202", CLOSED,
                List.of(new Document("REGISTRATION", true), new Document("DECISION", true)),
                List.of(new Act("INVESTIGATION", ACT, List.of(1L, 2L), false, false),
                        new Act("SEIZURE", ACT, List.of(1L, 2L), true, true)),
                List.of(new TimedStep("decision", LocalDate.of(2023, 6, 30), DECIDED, "enforcement.rule.decision90"),
                        new TimedStep("payment", LocalDate.of(2023, 7, 10), LocalDate.of(2023, 7, 5), "enforcement.rule.payment15")),
                true, true, true, LocalDate.of(2023, 5, 30), DECIDED);
    }

    static CaseFile with(CaseFile f, List<Document> docs, List<Act> acts, List<TimedStep> steps, boolean benchmarkStated,
            LocalDate reviewPassedOn) {
        return new CaseFile(f.caseType(), f.caseId(), f.caseNumber(), f.unitId(), f.regionCode(), f.closedOn(), docs, acts,
                steps, f.benchmarkRequired(), benchmarkStated, f.reviewRequired(), reviewPassedOn, f.decidedOn());
    }

    static Arguments row(String name, CaseFile file, PrecheckKind kind, String rule, String subject) {
        return Arguments.of(name, file, kind, rule, subject);
    }

    static Stream<Arguments> rules() {
        CaseFile c = clean();
        return Stream.of(
                row("clean file: nothing", c, null, null, null),
                row("处罚法 Art. 47 / 118号 三(七): mandatory document missing",
                        with(c, List.of(new Document("REGISTRATION", true), new Document("DECISION", false)), c.acts(), c.steps(),
                                true, c.reviewPassedOn()),
                        PrecheckKind.DOCUMENT_MISSING, "enforcement.filereview.rule.DOCUMENT_MISSING", "DECISION"),
                row("timed step done after its due day (Art. 60: 90 days)",
                        with(c, c.documents(), c.acts(), List.of(new TimedStep("decision", LocalDate.of(2023, 5, 31), DECIDED,
                                "enforcement.rule.decision90")), true, c.reviewPassedOn()),
                        PrecheckKind.STEP_LATE, "enforcement.rule.decision90", "decision"),
                row("timed step never done though due before closing (Art. 67: 15 days)",
                        with(c, c.documents(), c.acts(), List.of(new TimedStep("payment", LocalDate.of(2023, 7, 10), null,
                                "enforcement.rule.payment15")), true, c.reviewPassedOn()),
                        PrecheckKind.STEP_NOT_DONE, "enforcement.rule.payment15", "payment"),
                row("timed step without its own rule cites the generic one",
                        with(c, c.documents(), c.acts(), List.of(new TimedStep("service", LocalDate.of(2023, 6, 5),
                                LocalDate.of(2023, 6, 9), null)), true, c.reviewPassedOn()),
                        PrecheckKind.STEP_LATE, "enforcement.filereview.rule.STEP_LATE", "service"),
                row("118号 三(八): audio-video mandatory, not on record",
                        with(c, c.documents(), List.of(new Act("SEIZURE", ACT, List.of(1L, 2L), true, false)), c.steps(), true,
                                c.reviewPassedOn()),
                        PrecheckKind.AUDIO_VIDEO_MISSING, "enforcement.filereview.rule.AUDIO_VIDEO_MISSING", "SEIZURE"),
                row("27号 五(十二): benchmark required, not stated",
                        with(c, c.documents(), c.acts(), c.steps(), false, c.reviewPassedOn()),
                        PrecheckKind.BENCHMARK_NOT_STATED, "enforcement.filereview.rule.BENCHMARK_NOT_STATED", null),
                row("Art. 42: officer's certificate expired before the act",
                        with(c, c.documents(), List.of(new Act("INVESTIGATION", ACT, List.of(1L, 3L), false, false)), c.steps(),
                                true, c.reviewPassedOn()),
                        PrecheckKind.OFFICER_UNCERTIFIED, "enforcement.filereview.rule.OFFICER_UNCERTIFIED", "INVESTIGATION:3"),
                row("Art. 42: officer never certified",
                        with(c, c.documents(), List.of(new Act("INVESTIGATION", ACT, List.of(1L, 9L), false, false)), c.steps(),
                                true, c.reviewPassedOn()),
                        PrecheckKind.OFFICER_UNCERTIFIED, "enforcement.filereview.rule.OFFICER_UNCERTIFIED", "INVESTIGATION:9"),
                row("Art. 42: one officer only (the same named twice)",
                        with(c, c.documents(), List.of(new Act("INVESTIGATION", ACT, List.of(1L, 1L), false, false)), c.steps(),
                                true, c.reviewPassedOn()),
                        PrecheckKind.TOO_FEW_OFFICERS, "enforcement.filereview.rule.TOO_FEW_OFFICERS", "INVESTIGATION"),
                row("Art. 58 / 118号 四: review required, never passed",
                        with(c, c.documents(), c.acts(), c.steps(), true, null),
                        PrecheckKind.REVIEW_MISSING, "enforcement.filereview.rule.REVIEW_MISSING", null),
                row("Art. 58 / 118号 四: decided before the review passed",
                        with(c, c.documents(), c.acts(), c.steps(), true, DECIDED.plusDays(1)),
                        PrecheckKind.DECIDED_BEFORE_REVIEW, "enforcement.filereview.rule.DECIDED_BEFORE_REVIEW", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleFindsItsCaseAndCitesItsRule(String name, CaseFile file, PrecheckKind kind, String rule, String subject) {
        List<PrecheckFinding> findings = PrecheckRules.check(file, REGISTER);
        if (kind == null) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.ruleKey()).isEqualTo(rule);
            assertThat(f.subject()).isEqualTo(subject);
        });
    }

    @Test
    void reviewPassedOnTheDecisionDayIsInTime() {
        CaseFile c = clean();
        assertThat(PrecheckRules.check(with(c, c.documents(), c.acts(), c.steps(), true, DECIDED), REGISTER)).isEmpty();
    }

    @Test
    void noReviewOrBenchmarkFindingWhenNotRequired() {
        CaseFile c = clean();
        CaseFile notRequired = new CaseFile(c.caseType(), 2, "n", 5, "421202", CLOSED, c.documents(), c.acts(), c.steps(),
                false, false, false, null, DECIDED);
        assertThat(PrecheckRules.check(notRequired, REGISTER)).isEmpty();
    }

    @Test
    void aStepDueAfterClosingAndNotDoneIsNoFinding() {
        CaseFile c = clean();
        CaseFile f = with(c, c.documents(), c.acts(), List.of(new TimedStep("payment", CLOSED.plusDays(3), null,
                "enforcement.rule.payment15")), true, c.reviewPassedOn());
        assertThat(PrecheckRules.check(f, REGISTER)).isEmpty();
    }

    @Test
    void anActWithOneUncertifiedOfficerAloneHasBothFindings() {
        CaseFile c = clean();
        CaseFile f = with(c, c.documents(), List.of(new Act("INSPECTION", ACT, List.of(9L), false, false)), c.steps(), true,
                c.reviewPassedOn());
        assertThat(PrecheckRules.check(f, REGISTER)).extracting(PrecheckFinding::kind)
                .containsExactlyInAnyOrder(PrecheckKind.TOO_FEW_OFFICERS, PrecheckKind.OFFICER_UNCERTIFIED);
    }

    @Test
    void everyKindHasARowAbove() {
        Set<PrecheckKind> covered = new java.util.HashSet<>();
        rules().forEach(a -> {
            if (a.get()[2] != null) {
                covered.add((PrecheckKind) a.get()[2]);
            }
        });
        assertThat(covered).containsExactlyInAnyOrder(PrecheckKind.values());
    }
}
