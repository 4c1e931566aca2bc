package cn.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The audit page speaks Chinese: actions by their labels, status codes in details by their module's status labels,
 * unset filter values left out, and the action filter a choice of labelled actions (issue 10, point 22).
 */
@IntegrationTest
class AuditPageLabelsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserAccounts accounts;

    @Test
    void actionsDetailsAndTheFilterShowLabels() throws Exception {
        trail.record(AuditEntry.of("reports.report.publish", "annual_report", 990001, "APPROVED → PUBLISHED"));
        trail.record(AuditEntry.of("mediation.dispute.exported", "dispute", null, "status=null township=421202001 rows=3"));
        var admin = user(accounts.loadDetails("admin").orElseThrow());
        String page = mvc.perform(get("/admin/audit").param("targetId", "990001").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">公开发布</td>", ">已批准 → 已公开</td>").doesNotContain(">reports.report.publish<");
        String export = mvc.perform(get("/admin/audit").param("action", "mediation.dispute.exported").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(export).contains(">导出纠纷清单</td>", ">township=421202001 rows=3</td>").doesNotContain("status=null")
                .contains("<option value=\"mediation.dispute.exported\" selected=\"selected\">导出纠纷清单</option>")
                .contains("<option value=\"identity.login\">登录</option>");
    }
}
