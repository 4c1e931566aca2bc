package cn.fazhi.enterprises.web;

import static cn.fazhi.FormTokenRequests.formToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.fazhi.IntegrationTest;
import cn.fazhi.TestAccounts;
import cn.fazhi.enterprises.EnterpriseFixtures;
import cn.fazhi.enterprises.EnterpriseView;
import cn.fazhi.enterprises.Enterprises;
import cn.fazhi.enterprises.InspectionSeeds;
import cn.fazhi.identity.domain.UserAccounts;
import cn.fazhi.platform.crypto.PersonalDataCipher;

/**
 * The desk's portal pages for the enterprise verified in the session: the six services and its items (none here);
 * "无事不扰" lists its random and administrative inspections, planned and done, with this year's count — and never
 * another enterprise's; staff see the same on the enterprise's page; the general rating is once a year and a bad one
 * raises a rectification problem at the lead unit.
 */
@IntegrationTest
class DeskPortalPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired TestAccounts accounts;
    @Autowired UserAccounts userAccounts;

    /** Opens the desk code and verifies the phone; the session cookie carries the verified enterprise. */
    Cookie enter(EnterpriseView e, String phone) throws Exception {
        var first = mvc.perform(get("/public/enterprises/code/" + e.deskToken())).andReturn();
        Cookie session = first.getResponse().getCookie("SESSION");
        var verified = mvc.perform(post("/public/enterprises/code/" + e.deskToken()).param("phone", phone)
                        .cookie(session == null ? new Cookie[0] : new Cookie[] {session}).with(formToken()).with(csrf()))
                .andExpect(redirectedUrl("/public/enterprises/desk")).andReturn();
        Cookie renewed = verified.getResponse().getCookie("SESSION");
        return renewed != null ? renewed : session;
    }

    @Test
    void theDeskShowsTheSixServicesAndWorksWithoutItems() throws Exception {
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "解忧码页面测试有限公司", "13912340401", List.of());
        Cookie s = enter(e, "13912340401");
        mvc.perform(get("/public/enterprises/desk").cookie(s)).andExpect(status().isOk())
                .andExpect(content().string(containsString("惠企政策查询")))
                .andExpect(content().string(containsString("政策兑现申请")))
                .andExpect(content().string(containsString("提交诉求")))
                .andExpect(content().string(containsString("诉求办理进度")))
                .andExpect(content().string(containsString("涉企检查（无事不扰）")))
                .andExpect(content().string(containsString("服务评价")))
                .andExpect(content().string(containsString("暂无办理中的事项")));
        mvc.perform(get("/public/enterprises/inspections")).andExpect(status().isForbidden());
        mvc.perform(get("/public/enterprises/rating")).andExpect(status().isForbidden());
    }

    @Test
    void anEnterpriseSeesItsOwnInspectionsOnly() throws Exception {
        EnterpriseView a = EnterpriseFixtures.register(enterprises, "无事不扰甲有限公司", "13912340411", List.of());
        EnterpriseView b = EnterpriseFixtures.register(enterprises, "无事不扰乙有限公司", "13912340412", List.of());
        LocalDate today = LocalDate.now();
        InspectionSeeds.randomTask(jdbc, a.uscc(), "甲的食品安全双随机抽查", today.plusDays(20), null);
        InspectionSeeds.randomTask(jdbc, a.uscc(), "甲的产品质量双随机抽查", today.minusDays(40), today);
        InspectionSeeds.enforcementInspection(jdbc, cipher, a.uscc(), "甲的特种设备安全检查", today);
        InspectionSeeds.randomTask(jdbc, b.uscc(), "乙的消防双随机抽查", today.minusDays(10), today);

        Cookie sa = enter(a, "13912340411");
        mvc.perform(get("/public/enterprises/inspections").cookie(sa)).andExpect(status().isOk())
                .andExpect(content().string(containsString("甲的食品安全双随机抽查")))
                .andExpect(content().string(containsString("已列入计划")))
                .andExpect(content().string(containsString("甲的产品质量双随机抽查")))
                .andExpect(content().string(containsString("甲的特种设备安全检查")))
                .andExpect(content().string(containsString("咸安区市场监督管理局")))
                .andExpect(content().string(containsString(today.getYear() + " 年已接受检查 2 次；已列入计划、尚未检查 1 项")))
                .andExpect(content().string(not(containsString("乙的消防双随机抽查"))));
        Cookie sb = enter(b, "13912340412");
        mvc.perform(get("/public/enterprises/inspections").cookie(sb)).andExpect(status().isOk())
                .andExpect(content().string(containsString("乙的消防双随机抽查")))
                .andExpect(content().string(not(containsString("甲的"))));
        String desk = accounts.create("dpd", 44, "BUSINESS_DESK");
        mvc.perform(get("/enterprises/register/" + a.id()).with(user(userAccounts.loadDetails(desk).orElseThrow())))
                .andExpect(content().string(containsString("甲的特种设备安全检查")))
                .andExpect(content().string(containsString("已接受检查 2 次")));
    }

    @Test
    void theGeneralRatingIsOnceAYearAndABadOneRaisesAProblem() throws Exception {
        EnterpriseView e = EnterpriseFixtures.register(enterprises, "服务评价测试有限公司", "13912340421", List.of());
        Cookie s = enter(e, "13912340421");
        mvc.perform(get("/public/enterprises/rating").cookie(s)).andExpect(status().isOk())
                .andExpect(content().string(containsString("暂无可评价的已办结事项")));
        mvc.perform(post("/public/enterprises/rating").cookie(s).param("caseType", "desk").param("score", "9")
                        .with(formToken()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择满意程度")));
        mvc.perform(post("/public/enterprises/rating").cookie(s).param("caseType", "desk").param("score", "1")
                        .param("comment", "材料反复退回，跑了三次").with(formToken()).with(csrf()))
                .andExpect(redirectedUrl("/public/enterprises/rating"));
        var problem = jdbc.sql("SELECT p.unit_id, p.issuer_unit_id, p.finding FROM rectification_problem p "
                        + "JOIN enterprise_desk_rating r ON r.problem_id = p.id WHERE r.enterprise_id = :e")
                .param("e", e.id()).query().singleRow();
        assertThat(((Number) problem.get("unit_id")).longValue()).isEqualTo(44L);
        assertThat((String) problem.get("finding")).contains("服务评价测试有限公司").contains("材料反复退回");
        mvc.perform(post("/public/enterprises/rating").cookie(s).param("caseType", "desk").param("score", "5")
                        .with(formToken()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只能评价一次")));
        mvc.perform(get("/public/enterprises/rating").cookie(s))
                .andExpect(content().string(containsString("本年度已评价")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enterprise_desk_rating WHERE enterprise_id = :e").param("e", e.id())
                .query(Long.class).single()).isEqualTo(1);
    }
}
