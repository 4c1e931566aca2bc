package cn.fazhi.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/**
 * The annual-report duties (督察工作规定 Arts. 23–26) with the reports module's deadlines: for the year 2011 (a year no
 * other suite uses), 温泉街道's report was approved after 1 March and published after 31 March — late on both — and
 * 浮山街道's on time; every other region has none (missing). The office raises the Art. 26 problem with one click, once;
 * a township sees only its own row.
 */
@IntegrationTest
class ReportDutiesTest {

    static final int YEAR = 2011;
    static final String WENQUAN = "421202001";
    static final String FUSHAN = "421202002";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts userAccounts;

    UserDetails office;
    UserDetails township;

    @BeforeEach
    void setUp() {
        report(WENQUAN, 17, LocalDate.of(YEAR + 1, 3, 10), OffsetDateTime.parse((YEAR + 1) + "-04-12T10:00:00+08:00"));
        report(FUSHAN, 19, LocalDate.of(YEAR + 1, 2, 20), OffsetDateTime.parse((YEAR + 1) + "-03-20T10:00:00+08:00"));
        office = userAccounts.loadDetails(accounts.create("ovdo", 2, "LAW_OFFICE")).orElseThrow();
        township = userAccounts.loadDetails(accounts.create("ovdt", 17, "TOWNSHIP_STAFF")).orElseThrow();
    }

    /** The year's reports are not left behind (the public portal lists published reports). */
    @AfterEach
    void removeReports() {
        jdbc.sql("DELETE FROM annual_report WHERE report_year = :y AND created_by = 'test'").param("y", YEAR).update();
    }

    void report(String region, long unit, LocalDate approved, OffsetDateTime published) {
        if (jdbc.sql("SELECT COUNT(*) FROM annual_report WHERE report_year = :y AND region_code = :r").param("y", YEAR)
                .param("r", region).query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("INSERT INTO annual_report (report_year, region_code, unit_id, status, title, body, signature, signed_on, "
                        + "created_at, created_by, updated_at, published_at) VALUES (:y, :r, :u, 'PUBLISHED', '年度报告', '正文', "
                        + "'落款', :signed, :now, 'test', :now, :pub)")
                .param("y", YEAR).param("r", region).param("u", unit).param("signed", approved)
                .param("now", OffsetDateTime.now()).param("pub", published).update();
    }

    @Test
    void aLateTownshipIsShownAndTheOfficeRaisesTheArticle26ProblemOnce() throws Exception {
        mvc.perform(get("/supervision/oversight/report-duties").param("year", String.valueOf(YEAR)).with(user(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("温泉街道")))
                .andExpect(content().string(containsString(YEAR + 1 + "-03-10")))
                .andExpect(content().string(containsString("逾期")));
        String token = TestAccounts.token(mvc, office.getUsername(), TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/supervision/oversight/report-duties").param("year", String.valueOf(YEAR))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(14))
                .andExpect(jsonPath("$[?(@.regionCode == '" + WENQUAN + "')].submission").value("LATE"))
                .andExpect(jsonPath("$[?(@.regionCode == '" + WENQUAN + "')].publication").value("LATE"))
                .andExpect(jsonPath("$[?(@.regionCode == '" + FUSHAN + "')].submission").value("ON_TIME"))
                .andExpect(jsonPath("$[?(@.regionCode == '" + FUSHAN + "')].publication").value("ON_TIME"))
                .andExpect(jsonPath("$[?(@.regionCode == '421202')].submission").value("MISSING"))
                .andExpect(jsonPath("$[?(@.regionCode == '" + FUSHAN + "')].submissionDeadline").value((YEAR + 1) + "-03-01"));
        // nothing failed for 浮山: refused
        mvc.perform(post("/api/v1/supervision/oversight/report-duties/" + YEAR + "/" + FUSHAN + "/problem")
                        .header("Authorization", "Bearer " + token)).andExpect(status().isConflict());
        boolean already = jdbc.sql("SELECT COUNT(*) FROM rectification_problem WHERE source_type = 'report_duty' AND source_id = :s")
                .param("s", ReportDuties.sourceId(YEAR, WENQUAN)).query(Long.class).single() > 0;
        if (!already) {
            mvc.perform(post("/supervision/oversight/report-duties/raise").param("year", String.valueOf(YEAR))
                            .param("regionCode", WENQUAN).with(user(office)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/api/v1/supervision/oversight/report-duties").param("year", String.valueOf(YEAR))
                        .header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.regionCode == '" + WENQUAN + "')].problemStatus").value("OPEN"));
        mvc.perform(post("/api/v1/supervision/oversight/report-duties/" + YEAR + "/" + WENQUAN + "/problem")
                        .header("Authorization", "Bearer " + token)).andExpect(status().isConflict());
        // a township sees only its own row and may not raise
        String t = TestAccounts.token(mvc, township.getUsername(), TestAccounts.PASSWORD);
        mvc.perform(get("/api/v1/supervision/oversight/report-duties").param("year", String.valueOf(YEAR))
                        .header("Authorization", "Bearer " + t))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].regionCode").value(WENQUAN));
        mvc.perform(post("/api/v1/supervision/oversight/report-duties/" + YEAR + "/421202003/problem")
                        .header("Authorization", "Bearer " + t)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supervision/oversight/report-duties").param("year", "1999")
                        .header("Authorization", "Bearer " + token)).andExpect(status().isBadRequest());
    }
}
