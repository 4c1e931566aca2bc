package cn.fazhi.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The demo registers mediators for every committee, marked as demo data; the demo mediator account is one of
 * Wenquan's; the 2023 demo disputes that were accepted name their committee's mediator (issue 10, point 23).
 */
@IntegrationTest
class DemoMediatorsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void everyCommitteeHasDemoMediatorsAndTheDemoYearNamesThem() throws Exception {
        // the district's and townships' committees of the seed (other tests add village committees after the demo ran)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mediation_committee c WHERE c.active = TRUE AND c.level IN ('DISTRICT', 'TOWNSHIP') "
                + "AND NOT EXISTS "
                + "(SELECT 1 FROM mediator m WHERE m.committee_id = c.id AND m.demo = TRUE AND m.active = TRUE)")
                .query(Long.class).single()).as("committees without a mediator").isZero();
        assertThat(jdbc.sql("SELECT m.name FROM mediator m JOIN app_user u ON u.id = m.user_id "
                + "JOIN mediation_committee c ON c.id = m.committee_id WHERE u.username = 'tiaojie' "
                + "AND c.region_code = '421202001'").query(String.class).list()).containsExactly("赵琳");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute WHERE created_by = 'demo-2023' AND accepted_on IS NOT NULL "
                + "AND handler_id IS NULL").query(Long.class).single()).as("accepted demo disputes without a mediator")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispute d JOIN mediator m ON m.id = d.handler_id "
                + "WHERE d.created_by = 'demo-2023' AND m.committee_id <> d.committee_id").query(Long.class).single())
                .as("a mediator of another committee").isZero();

        String page = mvc.perform(get("/mediation/committees").with(user(accounts.loadDetails("tiaojie").orElseThrow())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("赵琳", "演示数据");
    }
}
