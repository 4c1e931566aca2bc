package cn.fazhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/** The reconsideration and litigation exports (page and API) and signing out are audited, as the mediation export is. */
@IntegrationTest
class DownloadAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    private long count(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND actor = 'admin'").param("a", action)
                .query(Long.class).single();
    }

    @Test
    void exportsAreAuditedWithTheirRowCount() throws Exception {
        var admin = accounts.loadDetails("admin").orElseThrow();
        long reconsideration = count("reconsideration.case.exported");
        long litigation = count("litigation.case.exported");
        mvc.perform(get("/api/v1/reconsideration/cases/export").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/reconsideration/export").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/litigation/cases/export").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/litigation/export").with(user(admin))).andExpect(status().isOk());
        assertThat(count("reconsideration.case.exported")).isEqualTo(reconsideration + 2);
        assertThat(count("litigation.case.exported")).isEqualTo(litigation + 2);
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'reconsideration.case.exported' ORDER BY seq DESC "
                + "LIMIT 1").query(String.class).single()).matches("\\d+ status=.*");
    }

    @Test
    void signingOutIsAudited() throws Exception {
        var admin = accounts.loadDetails("admin").orElseThrow();
        long before = count("identity.logout");
        mvc.perform(post("/logout").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count("identity.logout")).isEqualTo(before + 1);
    }
}
