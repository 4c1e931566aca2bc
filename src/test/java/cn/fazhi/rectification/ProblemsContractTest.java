package cn.fazhi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fazhi.IntegrationTest;
import cn.fazhi.cases.CaseLinks;
import cn.fazhi.cases.CaseRef;
import cn.fazhi.platform.web.UserFacingException;
import cn.fazhi.supervision.ClueSource;
import cn.fazhi.supervision.ClueStatus;
import cn.fazhi.supervision.ClueView;
import cn.fazhi.supervision.Clues;
import cn.fazhi.supervision.OpenClue;

/**
 * The issue-13 contract: a clue opened from a record is linked both ways and opened once; a problem raised from the
 * clue gets the default deadline, its link and a number; a problem recorded as closed counts as closed on time or not.
 */
@IntegrationTest
class ProblemsContractTest {

    @Autowired Problems problems;
    @Autowired Clues clues;
    @Autowired CaseLinks links;

    @Test
    void aClueFromARecordIsLinkedAndOpenedOnce() {
        long source = 900_000_000L + System.nanoTime() % 99_999_999L;
        OpenClue open = new OpenClue(ClueSource.RECONSIDERATION, "reconsideration", source, "咸安复〔2024〕990001号",
                "/reconsideration/" + source, 5, "撤销了区市场监管局的行政处罚决定", LocalDate.of(2024, 3, 4));
        ClueView clue = clues.open(open);
        assertThat(clue.status()).isEqualTo(ClueStatus.RECEIVED);
        assertThat(clues.open(open).id()).isEqualTo(clue.id());
        assertThat(links.of(new CaseRef("reconsideration", source))).singleElement()
                .satisfies(l -> assertThat(l.outgoing()).isTrue())
                .satisfies(l -> assertThat(l.path()).isEqualTo("/supervision/clues/" + clue.id()));
        assertThat(links.of(new CaseRef(Clues.CASE_TYPE, clue.id()))).singleElement()
                .satisfies(l -> assertThat(l.relationKey()).isEqualTo("cases.link.raised.in"));
    }

    @Test
    void aProblemGetsTheDefaultDeadlineAndItsLink() {
        LocalDate found = LocalDate.of(2024, 5, 6);
        long source = 900_000_000L + System.nanoTime() % 99_999_999L;
        ProblemView p = problems.raise(new RaiseProblem("supervision", source, "咸安执监〔2024〕1号", "/supervision/clues/990002",
                "未按规定公示行政处罚决定", "国办发〔2018〕118号", 5, 4, found, null));
        assertThat(p.status()).isEqualTo(ProblemStatus.OPEN);
        assertThat(p.deadline()).isEqualTo(found.plusDays(30));
        assertThat(p.caseNumber()).startsWith("咸安整改〔2024〕");
        assertThat(problems.bySource("supervision", source)).extracting(ProblemView::id).containsExactly(p.id());
        assertThat(links.of(new CaseRef(Problems.CASE_TYPE, p.id()))).singleElement()
                .satisfies(l -> assertThat(l.label()).isEqualTo("咸安执监〔2024〕1号"));
    }

    @Test
    void aClosedProblemIsOnTimeOnlyByItsDeadline() {
        RaiseProblem c = new RaiseProblem("oversight", 990_003L, "咸安督察〔2024〕1号", "/supervision/missions/990003",
                "未按要求开展会前学法", null, 6, 2, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 30));
        assertThat(problems.recordClosed(c, LocalDate.of(2024, 6, 30)).closedOnTime()).isTrue();
        assertThat(problems.recordClosed(c, LocalDate.of(2024, 7, 1)).closedOnTime()).isFalse();
        assertThatThrownBy(() -> problems.recordClosed(c, LocalDate.of(2024, 6, 1))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> problems.raise(new RaiseProblem("oversight", 990_003L, "x", "/x", " ", null, 6, 2,
                LocalDate.of(2024, 6, 3), null))).isInstanceOf(UserFacingException.class);
    }
}
