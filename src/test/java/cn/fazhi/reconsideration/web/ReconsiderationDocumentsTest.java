package cn.fazhi.reconsideration.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.documents.Documents;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.reconsideration.ReconsiderationCases;
import cn.fazhi.reconsideration.ReconsiderationForms;
import cn.fazhi.reconsideration.ReconsiderationForms.AcceptApplication;
import cn.fazhi.reconsideration.ReconsiderationForms.IssueDecision;
import cn.fazhi.reconsideration.domain.DecisionType;
import cn.fazhi.reconsideration.domain.Procedure;

/** The 行政复议决定书 names the organ, the decision type with its article, and the 15-day period to sue. */
@IntegrationTest
class ReconsiderationDocumentsTest {

    @Autowired
    ReconsiderationCases cases;

    @Autowired
    Documents documents;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    ReconsiderationDocuments texts;

    @Test
    void theDecisionTextCarriesTheTypeAndTheRemedy() throws Exception {
        var details = userAccounts.loadDetails(accounts.create("rdt", 4, "LAW_OFFICE")).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        try {
            String first = "42120219900101001";
            var form = new ReconsiderationForms.RegisterApplication(cn.fazhi.reconsideration.domain.Channel.IN_PERSON,
                    java.time.LocalDate.of(2024, 3, 1), null, java.time.LocalDate.of(2024, 2, 1),
                    cn.fazhi.reconsideration.domain.PartyKind.PERSON, "决定书申请人",
                    first + cn.fazhi.platform.identifiers.ResidentIdNumber.checkCharacter(first), null, null, null, null,
                    5L, "责令停产停业决定", null, null, cn.fazhi.reconsideration.domain.ActCategory.OTHER, null, "撤销", null);
            var registered = cases.register(form);
            long id = registered.id();
            var accepted = cases.accept(id, new AcceptApplication(java.time.LocalDate.of(2024, 3, 4), Procedure.ORDINARY,
                    false, registered.version()));
            var decided = cases.decide(id, new IssueDecision(DecisionType.REVOKE, java.time.LocalDate.of(2024, 4, 10),
                    "事实不清", accepted.version()));
            String text = documents.plainText(texts.decision(decided));
            assertThat(text).contains("行政复议决定书", "咸宁市咸安区人民政府", decided.caseNumber(), "撤销（第六十四条）",
                    "十五日内", "决定书申请人", "责令停产停业决定").doesNotContain(first);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
