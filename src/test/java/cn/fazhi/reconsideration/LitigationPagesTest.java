package cn.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.identity.domain.UserAccounts;

/** Litigation and consultation pages: register, record hearings, see the rate; register and count consultations. */
@IntegrationTest
class LitigationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registerASuitRecordHearingsAndSeeTheRate() throws Exception {
        var office = user(userAccounts.loadDetails(accounts.create("ltp", 4, "LAW_OFFICE")).orElseThrow());
        String location = mvc.perform(post("/litigation").with(cn.fazhi.FormTokenRequests.formToken()).param("court", "咸安区人民法院").param("instance", "FIRST")
                        .param("plaintiffName", "原告戊").param("defendantUnitId", "6").param("subject", "房屋征收")
                        .param("filedOn", LocalDate.now().minusDays(30).toString()).with(office).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/litigation/\\d+");
        String today = LocalDate.now().toString();
        mvc.perform(post(location + "/hearings").with(CaseVersions.current(jdbc)).param("hearingOn", today).param("appearance", "IN_CHARGE")
                .param("headName", "副局长己").with(office).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/hearings").with(CaseVersions.current(jdbc)).param("hearingOn", today).param("appearance", "NOT_APPEARED")
                        .param("absenceReason", "").param("staffSent", "").with(office).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("应当说明理由")));
        mvc.perform(get(location).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("分管负责人出庭")))
                .andExpect(content().string(containsString("副局长己")));
        mvc.perform(get("/litigation").with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("出庭率")));
        mvc.perform(post(location + "/outcome").with(CaseVersions.current(jdbc)).param("outcome", "AGENCY_WON").param("on", today).with(office).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/closure").with(CaseVersions.current(jdbc)).with(office).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(office)).andExpect(content().string(containsString("已结案")));
    }

    @Test
    void consultationsAreCountedPerPoint() throws Exception {
        var office = user(userAccounts.loadDetails(accounts.create("ltc", 4, "LAW_OFFICE")).orElseThrow());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reconsideration_consultation_point").query(Integer.class).single())
                .isGreaterThanOrEqualTo(13);
        long point = jdbc.sql("SELECT id FROM reconsideration_consultation_point WHERE region_code = '421202106'")
                .query(Long.class).single();
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(System.nanoTime() % 5000);
        long before = count(point, day);
        mvc.perform(post("/reconsideration/consultations").param("pointId", Long.toString(point))
                .param("consultedOn", day.toString()).param("topic", "征收补偿").with(office).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count(point, day)).isEqualTo(before + 1);
        mvc.perform(get("/reconsideration/consultations").param("from", day.toString()).param("to", day.toString())
                .with(office)).andExpect(status().isOk()).andExpect(content().string(containsString("马桥镇行政复议咨询服务点")));
        mvc.perform(post("/reconsideration/consultations").param("pointId", Long.toString(point))
                        .param("consultedOn", day.toString()).param("topic", "").with(office).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写咨询事项。")));
    }

    private long count(long point, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM reconsideration_consultation WHERE point_id = :p AND consulted_on = :d")
                .param("p", point).param("d", day).query(Long.class).single();
    }
}
